package org.throughcare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.throughcare.bench.data.DataSet;
import org.throughcare.bench.data.SyntheaChunkConverter;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.report.BenchmarksReport;
import org.throughcare.bench.report.MarkdownRow;
import org.throughcare.bench.scenario.Context;
import org.throughcare.bench.scenario.Scenario;
import org.throughcare.bench.scenario.Scenarios;

/**
 * The harness's command line: {@code <scenario> [options]} runs a load scenario against one
 * server; {@code convert-synthea}, {@code data-summary} and {@code report} handle data and the
 * report. See benchmarks/README.md.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Options options = Options.parse(args, 1);
        switch (args[0]) {
            case "convert-synthea" ->
                new SyntheaChunkConverter(JSON, new DataSet(options.path("data", "target/data")))
                        .convert(options.integer("chunk", 0), Path.of(options.required("in")));
            case "data-summary" ->
                System.out.println(JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(new DataSet(options.path("data", "target/data")).summary(JSON)));
            case "report" ->
                new BenchmarksReport(JSON).update(Path.of(options.required("run")), Path.of(options.required("doc")));
            case "row" ->
                System.out.println(MarkdownRow.of(
                        JSON.readTree(Path.of(options.required("file")).toFile())));
            default -> runScenario(args[0], options);
        }
    }

    private static void runScenario(String name, Options options) throws Exception {
        Scenario scenario = Scenarios.named(name)
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown scenario " + name + "; known: " + Scenarios.names()));
        String server = options.text("server", "ours");
        Path workDir = options.path("work-dir", "target/results/" + server);
        Files.createDirectories(workDir);
        Context context = new Context(FhirClient.from(options), server, workDir, options, JSON);
        System.err.printf("%s against %s (%s)%n", name, server, context.client().base());
        ObjectNode result;
        try {
            result = scenario.run(context);
        } catch (Exception e) { // a scenario that cannot run is reported, not thrown: the other scenarios go on
            String why = e instanceof IllegalStateException ? e.getMessage() : e.toString();
            result = JSON.createObjectNode()
                    .put("scenario", name)
                    .put("server", server)
                    .put("error", why);
            System.err.println("  " + name + " could not run: " + why);
        }
        Path out = options.path("out", workDir.resolve(name + ".json").toString());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        print(result);
        if (result.has("error")) {
            System.exit(1);
        }
    }

    private static void print(JsonNode result) {
        if (result.has("error")) {
            return;
        }
        System.out.println(MarkdownRow.HEADER);
        System.out.println(MarkdownRow.of(result));
        JsonNode kinds = result.path("kinds");
        if (kinds.size() > 1) {
            kinds.properties()
                    .forEach(e -> System.out.println(MarkdownRow.of(result, e.getValue(), "· " + e.getKey())));
        }
        kinds.properties().forEach(e -> e.getValue()
                .path("failureSamples")
                .forEach(s -> System.err.println("  failed " + e.getKey() + ": " + s.asText())));
        if (result.path("extra").size() > 0) {
            System.err.println("  " + result.path("extra"));
        }
    }

    private static void usage() {
        System.err.println("""
                usage: bench <scenario> [--base-url URL] [--server LABEL] [--work-dir DIR] [--clients N]
                                        [--warmup S] [--duration S] [--token T | --token-url URL --client-id ID
                                        --client-secret S --scope SCOPES] [--data DIR] ...
                       bench convert-synthea --data DIR --chunk N --in SYNTHEA_FHIR_DIR
                       bench data-summary --data DIR
                       bench report --run RUN_DIR --doc docs/benchmarks.md
                scenarios: """ + Scenarios.names());
    }
}
