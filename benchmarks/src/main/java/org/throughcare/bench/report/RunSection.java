package org.throughcare.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** One run written out in Markdown: conditions, every figure for each server, and the bars. */
final class RunSection {

    private static final List<String> LOAD_SCENARIOS =
            List.of("creates", "reads", "transactions", "ingest", "clinician-mix", "everything");

    private final RunResults run;
    private final StringBuilder out = new StringBuilder();

    private RunSection(RunResults run) {
        this.run = run;
    }

    static String render(RunResults run, List<BarResult> bars) throws IOException {
        RunSection section = new RunSection(run);
        section.conditions();
        section.loadTable();
        section.mixTable();
        section.startupTable();
        section.exportTable();
        section.diskTable();
        section.bars(bars);
        return section.out.toString();
    }

    private void conditions() {
        JsonNode r = run.run();
        JsonNode m = r.path("machine");
        line("### Run " + run.id());
        line("");
        line("- **When:** " + r.path("date").asText() + " (UTC); scenarios: "
                + r.path("scenarios").asText() + "; servers: "
                + r.path("servers").asText());
        line(String.format(
                Locale.ROOT,
                "- **Machine:** %s cores (%s), %s GB RAM, PostgreSQL %s on the same machine, %s; load average at start %s",
                m.path("nproc").asText(),
                m.path("cpu").asText(),
                m.path("memoryGb").asText(),
                m.path("postgres").asText(),
                m.path("java").asText(),
                m.path("loadAverage").asText()));
        line("- **Conditions:** " + conditionsText(m));
        if (run.patients() > 0) {
            line(String.format(
                    Locale.ROOT,
                    "- **Data set:** %,d Synthea patients, %,d resources (`%s`); ingest at %s clients",
                    run.patients(),
                    run.dataResources(),
                    r.path("dataSet").path("dir").asText().replaceAll(".*/benchmarks/", "benchmarks/"),
                    r.path("ingestConcurrency").asText()));
        }
        line("- **JVMs:** ours `" + r.path("oursJavaOpts").asText("") + "`; peer `"
                + r.path("peerJavaOpts").asText("") + "` on "
                + r.path("peerJava").asText("the same Java"));
        if (!r.path("note").asText().isBlank()) {
            line("- **Note:** " + r.path("note").asText());
        }
        line("");
    }

    private static String conditionsText(JsonNode machine) {
        double load = Double.parseDouble(machine.path("loadAverage").asText("0").split(" ")[0]);
        return load >= 1.0
                ? "**development run on a shared, busy machine** (other builds running): figures are indicative only"
                : "quiet machine";
    }

    private void loadTable() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (String scenario : LOAD_SCENARIOS) {
            for (String server : run.servers()) {
                JsonNode result = run.result(server, scenario);
                if (result.has("error")) {
                    rows.append(String.format(
                            "| %s | %s | could not run: %s |||||||%n",
                            scenario, server, Cells.of(result.path("error").asText())));
                } else if (result.has("overall")) {
                    rows.append(MarkdownRow.of(result)).append('\n');
                }
            }
        }
        if (!rows.isEmpty()) {
            line(MarkdownRow.HEADER);
            out.append(rows);
            line("");
        }
    }

    private void mixTable() throws IOException {
        JsonNode ours = run.result("ours", "clinician-mix");
        JsonNode peer = run.result("peer", "clinician-mix");
        if (!ours.has("kinds") && !peer.has("kinds")) {
            return;
        }
        line("Clinician mix by query (requests/s · p50 · p99 ms · errors):");
        line("");
        line("| query | ours | peer |");
        line("|---|---|---|");
        JsonNode kinds = ours.has("kinds") ? ours.path("kinds") : peer.path("kinds");
        kinds.properties()
                .forEach(e -> line(
                        String.format("| %s | %s | %s |", e.getKey(), kind(ours, e.getKey()), kind(peer, e.getKey()))));
        for (JsonNode check : ours.path("extra").path("checks")) {
            if (!"ok".equals(check.path("verdict").asText())) {
                line("");
                line("- ours, check of " + check.path("query").asText() + ": "
                        + Cells.of(check.path("verdict").asText()));
            }
        }
        line("");
    }

    private static String kind(JsonNode result, String kind) {
        JsonNode k = result.path("kinds").path(kind);
        if (k.isMissingNode()) {
            return "-";
        }
        return String.format(
                Locale.ROOT,
                "%.1f/s · %.1f · %.1f · %s",
                k.path("throughput").asDouble(),
                k.path("p50").asDouble(),
                k.path("p99").asDouble(),
                MarkdownRow.errors(k));
    }

    private void startupTable() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (String server : run.servers()) {
            JsonNode s = run.result(server, "startup");
            if (!s.isMissingNode()) {
                rows.append(String.format(
                        "| %s | %s | %s | %s MB | %s MB |%n",
                        server,
                        s.path("readyMs").toString().replaceAll("[\\[\\]]", "").replace(",", ", "),
                        s.path("initialiseMs").asText(),
                        s.path("rssAfterStartMb").asText(),
                        s.path("rssAfterLoadMb").asText()));
            }
        }
        table(
                "| server | ready after a cold start, ms (each start) | first start creating the schema, ms | RSS after start | RSS after load |\n|---|---|---:|---:|---:|",
                rows);
    }

    private void exportTable() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (String server : run.servers()) {
            JsonNode e = run.result(server, "export");
            JsonNode x = e.path("extra");
            if (e.has("error")) {
                rows.append(String.format(
                        "| %s | failed: %s ||||||%n",
                        server, Cells.of(e.path("error").asText())));
            } else if (!e.isMissingNode()) {
                rows.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %d | %.1f s | %.1f s | %,.0f/s | %d |%n",
                        server,
                        x.path("resources").asLong(),
                        x.path("files").asInt(),
                        x.path("secondsToFirstFile").asDouble(),
                        x.path("secondsTotal").asDouble(),
                        e.path("overall").path("unitsPerSecond").asDouble(),
                        x.path("polls").asInt()));
            }
        }
        table(
                "| $export | resources | files | first file | kick-off to last byte | resources/s | status polls |\n|---|---:|---:|---:|---:|---:|---:|",
                rows);
    }

    private void diskTable() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (String server : run.servers()) {
            JsonNode d = run.result(server, "disk");
            if (!d.isMissingNode()) {
                rows.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %,d MB | %,d | %,d MB |%n",
                        server,
                        d.path("resources").asLong(),
                        d.path("schemaBytes").asLong() >> 20,
                        d.path("bytesPerResource").asLong(),
                        d.path("databaseBytes").asLong() >> 20));
            }
        }
        table(
                "| disk | resources | tables with indexes | bytes per resource | whole database |\n|---|---:|---:|---:|---:|",
                rows);
    }

    private void bars(List<BarResult> bars) {
        if (bars.isEmpty()) {
            return;
        }
        line("Against the bars in this run:");
        line("");
        line(BarResult.HEADER);
        bars.forEach(b -> line(b.row()));
        line("");
    }

    private void table(String header, StringBuilder rows) {
        if (!rows.isEmpty()) {
            line(header);
            out.append(rows);
            line("");
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
