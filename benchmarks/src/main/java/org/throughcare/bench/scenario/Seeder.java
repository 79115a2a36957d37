package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.throughcare.bench.data.NhsNumbers;
import org.throughcare.bench.data.SyntheticRecords;
import org.throughcare.bench.data.TransactionBundles;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.http.Reply;

/** Stores synthetic records before a measured run and answers the references of what it stored. */
final class Seeder {

    private final FhirClient client;
    private final ObjectMapper json;

    Seeder(FhirClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** Posts transaction bundles of {@code entries} entries until at least {@code count} resources are stored. */
    List<String> seed(int count, int entries, long nhsStart) throws IOException {
        SyntheticRecords records = new SyntheticRecords(json, new NhsNumbers(nhsStart));
        TransactionBundles bundles = new TransactionBundles(json, records);
        SplittableRandom random = new SplittableRandom(nhsStart);
        List<String> references = new ArrayList<>();
        while (references.size() < count) {
            Reply reply = client.post("", json.writeValueAsBytes(bundles.bundle(entries, random)));
            if (!reply.ok()) {
                throw new IllegalStateException("Could not store the records to read: " + reply.summary());
            }
            references.addAll(locations(json.readTree(reply.body())));
        }
        return references;
    }

    /** Creates one patient and answers its reference ({@code Patient/id}). */
    String patient(SyntheticRecords records, SplittableRandom random) throws IOException {
        ObjectNode patient = records.patient(random);
        Reply reply = client.post("Patient", json.writeValueAsBytes(patient));
        if (!reply.ok()) {
            throw new IllegalStateException("Could not create a patient: " + reply.summary());
        }
        return reply.header("Location")
                .map(Seeder::reference)
                .orElseThrow(() -> new IllegalStateException("The server gave no Location for a created patient"));
    }

    /** The {@code Type/id} of every entry of a transaction-response Bundle, in entry order. */
    static List<String> locations(JsonNode response) {
        List<String> references = new ArrayList<>();
        for (JsonNode entry : response.path("entry")) {
            references.add(reference(entry.path("response").path("location").asText()));
        }
        return references;
    }

    /** {@code Type/id} from a location such as {@code http://host/fhir/Patient/12/_history/1}. */
    static String reference(String location) {
        String path = location;
        int history = path.indexOf("/_history");
        if (history >= 0) {
            path = path.substring(0, history);
        }
        String[] parts = path.split("/");
        if (parts.length < 2) {
            return path;
        }
        return parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }
}
