package org.throughcare.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.HdrHistogram.Histogram;

/** Collects outcomes by kind and overall; thread-safe, so every client records into one. */
public final class Recorder {

    private final KindRecorder all = new KindRecorder();
    private final Map<String, KindRecorder> kinds = new ConcurrentSkipListMap<>();

    public void record(Outcome outcome) {
        all.record(outcome);
        kinds.computeIfAbsent(outcome.kind(), k -> new KindRecorder()).record(outcome);
    }

    public Stats overall(double seconds) {
        return stats("all", all, seconds);
    }

    public Map<String, Stats> byKind(double seconds) {
        Map<String, Stats> result = new LinkedHashMap<>();
        kinds.forEach((kind, recorder) -> result.put(kind, stats(kind, recorder, seconds)));
        return result;
    }

    private static Stats stats(String kind, KindRecorder recorder, double seconds) {
        Histogram copy = recorder.latencies().copy();
        return Stats.of(kind, copy, recorder.units(), seconds, recorder.failures(), recorder.samples());
    }
}
