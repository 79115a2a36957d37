package org.throughcare.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Updates docs/benchmarks.md from a run: the run's own section goes in (newest first, replaced if
 * the same run is reported again), and the table of latest figures against the bars is rebuilt
 * from docs/benchmarks.json, which keeps the latest result of every bar. Text outside the marked
 * regions is left alone.
 */
public final class BenchmarksReport {

    static final String BARS_BEGIN = "<!-- bars:begin -->";
    static final String BARS_END = "<!-- bars:end -->";
    static final String RUNS_BEGIN = "<!-- runs:begin -->";

    private final ObjectMapper json;

    public BenchmarksReport(ObjectMapper json) {
        this.json = json;
    }

    public void update(Path runDir, Path doc) throws IOException {
        RunResults run = RunResults.read(runDir, json);
        List<BarResult> bars = Bars.judge(run);
        Path stateFile = doc.resolveSibling(doc.getFileName().toString().replace(".md", ".json"));
        ObjectNode state =
                Files.exists(stateFile) ? (ObjectNode) json.readTree(stateFile.toFile()) : json.createObjectNode();
        remember(state, bars, run);
        json.writerWithDefaultPrettyPrinter().writeValue(stateFile.toFile(), state);
        String text = Files.exists(doc) ? Files.readString(doc) : skeleton();
        text = replaceBetween(text, BARS_BEGIN, BARS_END, latestTable(state));
        text = withRun(text, run.id(), RunSection.render(run, bars));
        Files.writeString(doc, text);
    }

    private void remember(ObjectNode state, List<BarResult> bars, RunResults run) {
        ObjectNode latest = state.with("bars");
        for (BarResult bar : bars) {
            String key = bar.id().startsWith("mix-") ? bar.id() + "@" + run.patients() : bar.id();
            latest.set(key, json.valueToTree(bar));
        }
        JsonNode mix = run.result("ours", "clinician-mix");
        if (mix.path("overall").path("count").asLong() > 0 && run.patients() > 0) {
            state.with("mixP99ByPatients")
                    .putObject(Integer.toString(run.patients()))
                    .put("p99", mix.path("overall").path("p99").asDouble())
                    .put("failures", mix.path("overall").path("failures").size())
                    .put("run", run.id());
        }
    }

    private String latestTable(ObjectNode state) {
        StringBuilder table = new StringBuilder(BarResult.HEADER).append('\n');
        state.path("bars").forEach(bar -> table.append(
                        json.convertValue(bar, BarResult.class).row())
                .append('\n'));
        flatness(state.path("mixP99ByPatients"))
                .ifPresent(row -> table.append(row).append('\n'));
        return table.toString();
    }

    /** Issue 3: p99 grows less than 1.5× from the smallest data set measured to one at least ten times larger. */
    private static java.util.Optional<String> flatness(JsonNode byPatients) {
        int small = Integer.MAX_VALUE;
        int large = 0;
        for (var it = byPatients.fieldNames(); it.hasNext(); ) {
            int n = Integer.parseInt(it.next());
            small = Math.min(small, n);
            large = Math.max(large, n);
        }
        if (large < 10L * small) {
            return java.util.Optional.empty();
        }
        double p99Small = byPatients.path(Integer.toString(small)).path("p99").asDouble();
        double p99Large = byPatients.path(Integer.toString(large)).path("p99").asDouble();
        double growth = p99Large / p99Small;
        return java.util.Optional.of(String.format(
                Locale.ROOT,
                "| clinician mix p99 growth, %,d → %,d patients | 3 | < 1.5× | %.1f → %.1f ms (%.2f×) | - | %s | %s |",
                small,
                large,
                p99Small,
                p99Large,
                growth,
                growth < 1.5 ? BarResult.PASS : BarResult.FAIL,
                byPatients.path(Integer.toString(large)).path("run").asText()));
    }

    private static String withRun(String text, String id, String section) {
        String begin = "<!-- run:" + id + ":begin -->";
        String end = "<!-- run:" + id + ":end -->";
        if (text.contains(begin)) {
            return replaceBetween(text, begin, end, section);
        }
        int at = text.indexOf(RUNS_BEGIN);
        if (at < 0) {
            text = text + "\n## Runs\n\n" + RUNS_BEGIN + "\n";
            at = text.indexOf(RUNS_BEGIN);
        }
        int insert = at + RUNS_BEGIN.length();
        return text.substring(0, insert) + "\n" + begin + "\n" + section + end + "\n" + text.substring(insert);
    }

    static String replaceBetween(String text, String begin, String end, String content) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return text + "\n" + begin + "\n" + content + end + "\n";
        }
        return text.substring(0, from + begin.length()) + "\n" + content + text.substring(to);
    }

    private static String skeleton() {
        return "# Benchmarks\n\n## Latest figures against the bars\n\n" + BARS_BEGIN + "\n" + BARS_END
                + "\n\n## Runs\n\n" + RUNS_BEGIN + "\n";
    }
}
