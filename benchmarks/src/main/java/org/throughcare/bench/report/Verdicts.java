package org.throughcare.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;

/** How a result is judged against a bar: errors first, then the figure. */
final class Verdicts {

    private Verdicts() {}

    static boolean measured(JsonNode result) {
        return !result.isMissingNode();
    }

    static double overall(JsonNode result, String field) {
        return result.path("overall").path(field).asDouble(Double.NaN);
    }

    static long failures(JsonNode result) {
        long n = 0;
        for (JsonNode count : result.path("overall").path("failures")) {
            n += count.asLong();
        }
        return n;
    }

    /** Pass or fail on the condition, unless the result errored or has no successful requests. */
    static String errorsOr(JsonNode result, boolean condition) {
        if (result.has("error")) {
            return "fail (did not run: " + result.path("error").asText() + ")";
        }
        long failed = failures(result);
        if (result.path("overall").path("count").asLong() == 0) {
            return "fail (no successful request; " + failed + " errors)";
        }
        return failed > 0 ? "fail (" + failed + " errors)" : verdict(condition);
    }

    /**
     * At least {@code factor} times the peer measured in the same run or, when the peer did not run,
     * times the peer's figure the issue states (measured by the author on this kind of
     * machine; our own peer runs here have come out slower, so the stated figure is the harder bar).
     */
    static String ratioVerdict(JsonNode ours, JsonNode peer, String field, double factor, double statedPeer) {
        String ran = errorsOr(ours, true);
        if (!ran.equals(BarResult.PASS)) {
            return ran;
        }
        if (!measured(peer) || peer.has("error") || overall(peer, field) <= 0) {
            double ratio = overall(ours, field) / statedPeer;
            return String.format(Locale.ROOT, "%s (%.1f× the issue's peer figure)", verdict(ratio >= factor), ratio);
        }
        double ratio = overall(ours, field) / overall(peer, field);
        return String.format(Locale.ROOT, "%s (%.1f×)", verdict(ratio >= factor), ratio);
    }

    static String ratioText(JsonNode ours, JsonNode peer, String field) {
        if (!measured(peer) || overall(peer, field) <= 0) {
            return "reported";
        }
        return String.format(Locale.ROOT, "reported (%.1f× peer)", overall(ours, field) / overall(peer, field));
    }

    static String verdict(boolean condition) {
        return condition ? BarResult.PASS : BarResult.FAIL;
    }

    static double median(JsonNode values) {
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i).asDouble();
        }
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[(v.length - 1) / 2];
    }
}
