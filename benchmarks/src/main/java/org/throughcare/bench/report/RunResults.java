package org.throughcare.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One run's results as run.sh leaves them: {@code run.json} (machine, data set, date) and one
 * folder per server with a JSON file per scenario.
 */
public record RunResults(Path dir, JsonNode run, ObjectMapper json) {

    public static RunResults read(Path dir, ObjectMapper json) throws IOException {
        Path runFile = dir.resolve("run.json");
        if (!Files.exists(runFile)) {
            throw new IllegalStateException("No run.json in " + dir);
        }
        return new RunResults(dir, json.readTree(runFile.toFile()), json);
    }

    public String id() {
        return run.path("id").asText(dir.getFileName().toString());
    }

    /** The result of a scenario against a server, or a missing node when it did not run. */
    public JsonNode result(String server, String scenario) {
        Path file = dir.resolve(server).resolve(scenario + ".json");
        if (!Files.exists(file)) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    public List<String> servers() throws IOException {
        List<String> servers = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir)) {
            dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted((a, b) -> order(a) - order(b))
                    .forEach(servers::add);
        }
        return servers;
    }

    public List<String> scenarios() {
        return List.of(run.path("scenarios").asText().trim().split("\\s+"));
    }

    public int patients() {
        return run.path("dataSet").path("summary").path("patients").asInt();
    }

    public long dataResources() {
        return run.path("dataSet").path("summary").path("resources").asLong();
    }

    private static int order(String server) {
        return "ours".equals(server) ? 0 : "peer".equals(server) ? 2 : 1;
    }
}
