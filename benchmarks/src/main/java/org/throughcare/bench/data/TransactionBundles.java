package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Transaction Bundles of one patient with encounters and observations linked by {@code urn:uuid}
 * references, as a system sending a whole record would post them.
 */
public final class TransactionBundles {

    private final ObjectMapper json;
    private final SyntheticRecords records;

    public TransactionBundles(ObjectMapper json, SyntheticRecords records) {
        this.json = json;
        this.records = records;
    }

    /**
     * A bundle of {@code size} entries: one patient, one encounter for every ten entries, and the
     * rest observations spread over the encounters.
     */
    public ObjectNode bundle(int size, RandomGenerator random) {
        ObjectNode bundle =
                json.createObjectNode().put("resourceType", "Bundle").put("type", "transaction");
        ArrayNode entries = bundle.putArray("entry");
        String patient = add(entries, records.patient(random));
        int encounters = Math.max(1, (size - 1) / 10);
        String[] encounterRefs = new String[encounters];
        OffsetDateTime[] starts = new OffsetDateTime[encounters];
        for (int i = 0; i < encounters; i++) {
            starts[i] = SyntheticRecords.recent(random);
            encounterRefs[i] = add(entries, records.encounter(patient, starts[i]));
        }
        for (int i = 1 + encounters; i < size; i++) {
            int e = i % encounters;
            add(entries, records.observation(patient, encounterRefs[e], starts[e].plusMinutes(5), random));
        }
        return bundle;
    }

    /**
     * A bundle of {@code size} entries of an existing patient's history between {@code from} and
     * {@code to}: one encounter for every ten entries, spread evenly, and observations made in them.
     */
    public ObjectNode history(
            String patientReference, int size, OffsetDateTime from, OffsetDateTime to, RandomGenerator random) {
        ObjectNode bundle =
                json.createObjectNode().put("resourceType", "Bundle").put("type", "transaction");
        ArrayNode entries = bundle.putArray("entry");
        int encounters = Math.max(1, size / 10);
        long step = java.time.Duration.between(from, to).toMinutes() / encounters;
        String[] encounterRefs = new String[encounters];
        OffsetDateTime[] starts = new OffsetDateTime[encounters];
        for (int i = 0; i < encounters; i++) {
            starts[i] = from.plusMinutes(step * i);
            encounterRefs[i] = add(entries, records.encounter(patientReference, starts[i]));
        }
        for (int i = encounters; i < size; i++) {
            int e = i % encounters;
            add(entries, records.observation(patientReference, encounterRefs[e], starts[e].plusMinutes(5), random));
        }
        return bundle;
    }

    private static String add(ArrayNode entries, ObjectNode resource) {
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", fullUrl);
        entry.set("resource", resource);
        entry.putObject("request")
                .put("method", "POST")
                .put("url", resource.get("resourceType").asText());
        return fullUrl;
    }
}
