package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.throughcare.bench.load.LoadRun;
import org.throughcare.bench.load.Recorder;
import org.throughcare.bench.load.Stats;

/**
 * The result JSON every scenario writes: what ran, the overall figures, the figures per kind of
 * operation, and scenario-specific extras.
 */
public final class Results {

    private Results() {}

    public static ObjectNode start(Context context, String scenario, String unit) {
        ObjectNode result = context.json().createObjectNode();
        result.put("scenario", scenario);
        result.put("server", context.server());
        result.put("baseUrl", context.client().base());
        result.put("date", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        result.put("unit", unit);
        context.options().find("load-average").ifPresent(load -> result.put("loadAverage", load));
        return result;
    }

    /** Adds a load run's figures: clients, warm-up, measured seconds, overall and by kind. */
    public static ObjectNode load(ObjectNode result, LoadRun run, Recorder recorder, ObjectMapper json) {
        double seconds = run.measuredSeconds();
        result.put("clients", run.clients());
        result.put("warmupSeconds", run.warmUp().toSeconds());
        result.put("seconds", seconds);
        return stats(result, recorder.overall(seconds), recorder.byKind(seconds), json);
    }

    /** The figures of one kind of operation as the overall (the one the bar judges), every kind beside it. */
    static ObjectNode judgedOn(ObjectNode result, String kind, Recorder recorder, double seconds, ObjectMapper json) {
        Map<String, Stats> byKind = recorder.byKind(seconds);
        return stats(result, byKind.get(kind), byKind, json);
    }

    public static ObjectNode stats(ObjectNode result, Stats overall, Map<String, Stats> byKind, ObjectMapper json) {
        result.set("overall", json.valueToTree(overall));
        ObjectNode kinds = result.putObject("kinds");
        byKind.forEach((kind, stats) -> kinds.set(kind, json.valueToTree(stats)));
        return result;
    }
}
