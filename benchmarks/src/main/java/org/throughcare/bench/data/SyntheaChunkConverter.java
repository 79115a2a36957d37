package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Converts one chunk of Synthea output (its {@code fhir/} folder) into the benchmark data set:
 * patients localised to English prisons under {@code patients/}, Synthea's hospital and
 * practitioner bundles under {@code shared/}, and a summary {@code chunks/cNNNN.json} written last,
 * whose presence marks the chunk as done so generation can resume.
 */
public final class SyntheaChunkConverter {

    /** NHS numbers of chunk n start at 999 000 000 + n × 10 000 (the NHS's test range). */
    private static final long NHS_START = 999_000_000L;

    private static final int SLOTS_PER_CHUNK = 10_000;

    private final ObjectMapper json;
    private final DataSet data;

    public SyntheaChunkConverter(ObjectMapper json, DataSet data) {
        this.json = json;
        this.data = data;
    }

    public void convert(int chunk, Path syntheaFhirDir) throws IOException {
        data.writeEstablishments(json);
        List<Path> files;
        try (Stream<Path> listing = Files.list(syntheaFhirDir)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        NhsNumbers nhs = new NhsNumbers(NHS_START + (long) chunk * SLOTS_PER_CHUNK);
        Map<String, Integer> byType = new TreeMap<>();
        List<PatientFile> manifest = new ArrayList<>();
        int patients = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            ObjectNode bundle = (ObjectNode) json.readTree(file.toFile());
            if (name.startsWith("hospitalInformation") || name.startsWith("practitionerInformation")) {
                data.writeShared(json, String.format("c%04d-%s", chunk, name), bundle);
                continue;
            }
            long serial = (long) chunk * SLOTS_PER_CHUNK + patients;
            String fileName = String.format("c%04d-p%05d.json.gz", chunk, patients);
            manifest.add(localise(
                    fileName, bundle, nhs.next(), EnglishPeople.prisonNumber(serial), new SplittableRandom(serial)));
            count(bundle, byType);
            data.writePatient(json, fileName, bundle);
            patients++;
        }
        data.writeChunkManifest(chunk, manifest);
        data.writeChunkSummary(json, chunk, patients, byType);
    }

    private static PatientFile localise(
            String file, ObjectNode bundle, String nhsNumber, String prisonNumber, SplittableRandom random) {
        ArrayNode entries = (ArrayNode) bundle.path("entry");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode resource = entries.get(i).path("resource");
            if ("Patient".equals(resource.path("resourceType").asText())) {
                Establishment prison = Establishment.ALL.get(random.nextInt(Establishment.ALL.size()));
                PatientLocaliser.localise((ObjectNode) resource, nhsNumber, prisonNumber, prison, random);
                JsonNode name = resource.path("name").path(0);
                return new PatientFile(
                        file,
                        entries.size(),
                        i,
                        nhsNumber,
                        name.path("family").asText(),
                        name.path("given").path(0).asText());
            }
        }
        throw new IllegalStateException("No Patient in " + file);
    }

    private static void count(ObjectNode bundle, Map<String, Integer> byType) {
        ArrayNode entries = (ArrayNode) bundle.path("entry");
        for (JsonNode entry : entries) {
            byType.merge(entry.path("resource").path("resourceType").asText(), 1, Integer::sum);
        }
    }
}
