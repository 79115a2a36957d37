package org.throughcare.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies of the successful operations of one kind (in microseconds, up to an hour, three
 * significant digits), with the failures counted by status and the first few kept as samples.
 */
final class KindRecorder {

    private static final int SAMPLES = 5;

    private final Histogram latencies = new ConcurrentHistogram(3_600_000_000L, 3);
    private final LongAdder units = new LongAdder();
    private final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
    private final List<String> samples = new ArrayList<>();

    void record(Outcome outcome) {
        if (outcome.ok()) {
            latencies.recordValue(Math.max(1, outcome.nanos() / 1000));
            units.add(outcome.units());
            return;
        }
        failures.computeIfAbsent(outcome.status(), s -> new LongAdder()).increment();
        synchronized (samples) {
            if (samples.size() < SAMPLES) {
                samples.add(outcome.failure());
            }
        }
    }

    Histogram latencies() {
        return latencies;
    }

    long units() {
        return units.sum();
    }

    Map<Integer, Long> failures() {
        Map<Integer, Long> counts = new TreeMap<>();
        failures.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    List<String> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }
}
