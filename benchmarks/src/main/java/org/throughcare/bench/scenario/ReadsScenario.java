package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.throughcare.bench.load.LoadRun;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Reads by id at 8 clients over a set stored beforehand ({@code --read-set}, default 1,000
 * resources in bundles of ten: a patient, an encounter, eight observations). Each read picks a
 * resource type uniformly (Patient, Encounter, Observation), then a resource of that type.
 */
final class ReadsScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        int size = context.options().integer("read-set", 1000);
        List<String> references = new Seeder(context.client(), context.json()).seed(size, 10, 980_000_000L);
        List<List<String>> byType = List.copyOf(references.stream()
                .collect(Collectors.groupingBy(r -> r.substring(0, r.indexOf('/'))))
                .values());
        LoadRun run = context.loadRun(8, Duration.ofSeconds(15), Duration.ofSeconds(60));
        Recorder recorder = run.run(client -> {
            SplittableRandom random = new SplittableRandom(200 + client);
            return () -> {
                List<String> ofType = byType.get(random.nextInt(byType.size()));
                String reference = ofType.get(random.nextInt(ofType.size()));
                String kind = reference.substring(0, reference.indexOf('/')) + " read";
                return Outcome.of(kind, context.client().get(reference));
            };
        });
        ObjectNode result = Results.load(Results.start(context, "reads", "requests"), run, recorder, context.json());
        result.putObject("extra").put("readSet", references.size());
        return result;
    }
}
