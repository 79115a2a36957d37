package org.throughcare.bench.report;

import static org.throughcare.bench.report.Verdicts.measured;
import static org.throughcare.bench.report.Verdicts.overall;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Figures from results, formatted for the bars table. */
final class Figures {

    private Figures() {}

    static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    static String mb(JsonNode value) {
        return value.isMissingNode() ? "-" : value.asText() + " MB";
    }

    static String ms(JsonNode result, String field) {
        return measured(result) && result.path("overall").has(field)
                ? String.format(Locale.ROOT, "%.1f ms", overall(result, field))
                : "-";
    }

    static String rate(JsonNode result, String field, String unit) {
        return measured(result) && result.path("overall").has(field)
                ? String.format(Locale.ROOT, "%,.0f%s", overall(result, field), unit)
                : "-";
    }

    static String exportRate(JsonNode result) {
        if (!measured(result) || result.has("error")) {
            return measured(result) ? "failed" : "-";
        }
        return String.format(
                Locale.ROOT,
                "%,.0f/s (%,d in %.1f s)",
                overall(result, "unitsPerSecond"),
                result.path("extra").path("resources").asLong(),
                result.path("extra").path("secondsTotal").asDouble());
    }

    static String exportFirst(JsonNode result) {
        if (!measured(result) || result.has("error")) {
            return measured(result) ? "failed" : "-";
        }
        return String.format(
                Locale.ROOT,
                "%.1f s",
                result.path("extra").path("secondsToFirstFile").asDouble());
    }

    static String kb(JsonNode disk) {
        if (!measured(disk)) {
            return "-";
        }
        return String.format(
                Locale.ROOT,
                "%.1f KB (%,d resources)",
                disk.path("bytesPerResource").asDouble() / 1024,
                disk.path("resources").asLong());
    }
}
