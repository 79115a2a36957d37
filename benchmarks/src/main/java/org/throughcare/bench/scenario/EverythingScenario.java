package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.throughcare.bench.data.LoadedPatients;
import org.throughcare.bench.load.LoadRun;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * The first page of {@code Patient/[id]/$everything} ({@code _count}, default 50) for patients
 * chosen uniformly from those ingest loaded; latency at one client by default.
 */
final class EverythingScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        List<LoadedPatients.Row> patients = LoadedPatients.read(context.loadedPatients());
        int count = context.options().integer("count", 50);
        LoadRun run = context.loadRun(1, Duration.ofSeconds(10), Duration.ofSeconds(30));
        Recorder recorder = run.run(client -> {
            SplittableRandom random = new SplittableRandom(500 + client);
            return () -> {
                LoadedPatients.Row patient = patients.get(random.nextInt(patients.size()));
                String url = "Patient/" + patient.id() + "/$everything?_count=" + count;
                return Outcome.of("everything first page", context.client().get(url));
            };
        });
        ObjectNode result =
                Results.load(Results.start(context, "everything", "requests"), run, recorder, context.json());
        result.putObject("extra").put("patients", patients.size()).put("pageSize", count);
        return result;
    }
}
