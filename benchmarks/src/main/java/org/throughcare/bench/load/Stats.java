package org.throughcare.bench.load;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The figures of one kind of operation (or all of them) over a measured interval: successful
 * operations, throughput, units per second, latency percentiles in milliseconds, failures.
 */
public record Stats(
        String kind,
        long count,
        double seconds,
        double throughput,
        long units,
        double unitsPerSecond,
        double p50,
        double p95,
        double p99,
        double max,
        double mean,
        Map<Integer, Long> failures,
        List<String> failureSamples) {

    static Stats of(
            String kind, Histogram h, long units, double seconds, Map<Integer, Long> failures, List<String> samples) {
        long count = h.getTotalCount();
        return new Stats(
                kind,
                count,
                seconds,
                count / seconds,
                units,
                units / seconds,
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()),
                count == 0 ? 0 : h.getMean() / 1000.0,
                failures,
                samples);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    public long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Failures as {@code 404×12, 500×1}; status 0 is no answer, -1 a wrong answer. */
    public String failureText() {
        if (failures.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        failures.forEach((status, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(label(status))
                .append("×")
                .append(n));
        return text.toString();
    }

    private static String label(int status) {
        return switch (status) {
            case 0 -> "no-answer";
            case -1 -> "wrong-answer";
            default -> Integer.toString(status);
        };
    }
}
