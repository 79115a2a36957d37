package org.throughcare.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** One result as a Markdown table row, the same shape for every load scenario. */
public final class MarkdownRow {

    public static final String HEADER = """
            | scenario | server | clients | requests/s | resources/s | p50 ms | p95 ms | p99 ms | max ms | errors |
            |---|---|---:|---:|---:|---:|---:|---:|---:|---|""";

    private MarkdownRow() {}

    public static String of(JsonNode result) {
        return of(result, result.path("overall"), result.path("scenario").asText());
    }

    public static String of(JsonNode result, JsonNode stats, String label) {
        boolean resources = "resources".equals(result.path("unit").asText());
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                label,
                result.path("server").asText(),
                result.path("clients").asText("-"),
                number(stats.path("throughput"), 1),
                resources ? number(stats.path("unitsPerSecond"), 0) : "-",
                number(stats.path("p50"), 1),
                number(stats.path("p95"), 1),
                number(stats.path("p99"), 1),
                number(stats.path("max"), 1),
                errors(stats));
    }

    static String number(JsonNode value, int decimals) {
        if (value.isMissingNode() || value.isNull()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value.asDouble());
    }

    static String errors(JsonNode stats) {
        JsonNode failures = stats.path("failures");
        if (!failures.isObject() || failures.isEmpty()) {
            return stats.has("failures") ? "0" : "-";
        }
        StringBuilder text = new StringBuilder();
        failures.properties().forEach(e -> text.append(text.isEmpty() ? "" : ", ")
                .append(label(e.getKey()))
                .append("×")
                .append(e.getValue().asLong()));
        return text.toString();
    }

    private static String label(String status) {
        return switch (status) {
            case "0" -> "no answer";
            case "-1" -> "wrong answer";
            default -> status;
        };
    }
}
