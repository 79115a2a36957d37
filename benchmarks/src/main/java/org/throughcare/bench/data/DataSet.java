package org.throughcare.bench.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The benchmark data set on disk: gzipped transaction and batch Bundles under {@code shared/}
 * (establishments, Synthea's hospitals and practitioners; loaded first because patient bundles
 * refer to them conditionally) and {@code patients/} (one bundle per patient), and one summary per
 * generated chunk under {@code chunks/}. Every file is written to a temporary name and moved into
 * place, so an interrupted generation never leaves a half-written file.
 */
public final class DataSet {

    private static final String ESTABLISHMENTS = "a-establishments.json.gz";

    private final Path root;

    public DataSet(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    synchronized void writeEstablishments(ObjectMapper json) throws IOException {
        if (Files.exists(root.resolve("shared").resolve(ESTABLISHMENTS))) {
            return;
        }
        ObjectNode bundle =
                json.createObjectNode().put("resourceType", "Bundle").put("type", "batch");
        ArrayNode entries = bundle.putArray("entry");
        for (Establishment e : Establishment.ALL) {
            ObjectNode entry = entries.addObject();
            entry.set("resource", e.organization(json));
            entry.putObject("request")
                    .put("method", "POST")
                    .put("url", "Organization")
                    .put("ifNoneExist", "identifier=" + Establishment.SYSTEM + "|" + e.code());
        }
        write(json, root.resolve("shared").resolve(ESTABLISHMENTS), bundle);
    }

    void writeShared(ObjectMapper json, String name, JsonNode bundle) throws IOException {
        write(json, root.resolve("shared").resolve(name + ".gz"), bundle);
    }

    void writePatient(ObjectMapper json, String name, JsonNode bundle) throws IOException {
        write(json, root.resolve("patients").resolve(name), bundle);
    }

    void writeChunkManifest(int chunk, List<PatientFile> files) throws IOException {
        Path file = root.resolve("chunks").resolve(String.format("c%04d.tsv", chunk));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, files.stream().map(PatientFile::line).toList());
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The patient bundles of every finished chunk, in order, with what ingest needs to know of them. */
    public List<PatientFile> patientFiles() throws IOException {
        List<PatientFile> files = new ArrayList<>();
        for (Path summary : list("chunks").stream()
                .filter(p -> p.toString().endsWith(".json"))
                .sorted()
                .toList()) {
            Path manifest =
                    summary.resolveSibling(summary.getFileName().toString().replace(".json", ".tsv"));
            for (String line : Files.readAllLines(manifest)) {
                files.add(PatientFile.parse(line, root.resolve("patients")));
            }
        }
        return files;
    }

    void writeChunkSummary(ObjectMapper json, int chunk, int patients, Map<String, Integer> byType) throws IOException {
        ObjectNode summary = json.createObjectNode().put("chunk", chunk).put("patients", patients);
        summary.put(
                "resources",
                byType.values().stream().mapToInt(Integer::intValue).sum());
        byType.forEach(summary.putObject("byType")::put);
        Path file = root.resolve("chunks").resolve(String.format("c%04d.json", chunk));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), summary);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Shared bundles in load order: establishments, then hospitals, then practitioners. */
    public List<Path> sharedBundles() throws IOException {
        Comparator<Path> order = Comparator.comparing(
                        (Path p) -> rank(p.getFileName().toString()))
                .thenComparing(Path::toString);
        return list("shared").stream().sorted(order).toList();
    }

    /** Patients, resources and resources by type over all finished chunks. */
    public ObjectNode summary(ObjectMapper json) throws IOException {
        int patients = 0;
        int resources = 0;
        Map<String, Integer> byType = new TreeMap<>();
        for (Path chunk : list("chunks").stream()
                .filter(p -> p.toString().endsWith(".json"))
                .toList()) {
            JsonNode c = json.readTree(chunk.toFile());
            patients += c.path("patients").asInt();
            resources += c.path("resources").asInt();
            c.path("byType")
                    .properties()
                    .forEach(e -> byType.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
        }
        ObjectNode summary = json.createObjectNode().put("patients", patients).put("resources", resources);
        byType.forEach(summary.putObject("byType")::put);
        return summary;
    }

    public static byte[] read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    private List<Path> list(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.toString().endsWith(".tmp")).toList();
        }
    }

    private static int rank(String name) {
        if (name.startsWith("a-establishments")) {
            return 0;
        }
        return name.contains("hospitalInformation") ? 1 : 2;
    }

    private static void write(ObjectMapper json, Path file, JsonNode bundle) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            json.writeValue(out, bundle);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
