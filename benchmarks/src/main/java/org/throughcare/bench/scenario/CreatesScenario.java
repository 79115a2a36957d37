package org.throughcare.bench.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.throughcare.bench.data.NhsNumbers;
import org.throughcare.bench.data.SyntheticRecords;
import org.throughcare.bench.load.LoadRun;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Single creates (POST of one resource) at 8 clients: half Patients, each with a new valid NHS
 * number, half vital-sign Observations of patients created beforehand.
 */
final class CreatesScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        SyntheticRecords records = new SyntheticRecords(context.json(), new NhsNumbers(990_000_000L));
        Seeder seeder = new Seeder(context.client(), context.json());
        SplittableRandom seed = new SplittableRandom(1);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            patients.add(seeder.patient(records, seed));
        }
        LoadRun run = context.loadRun(8, Duration.ofSeconds(15), Duration.ofSeconds(60));
        Recorder recorder = run.run(client -> {
            SplittableRandom random = new SplittableRandom(100 + client);
            return () -> create(context, records, patients, random);
        });
        return Results.load(Results.start(context, "creates", "requests"), run, recorder, context.json());
    }

    private static Outcome create(
            Context context, SyntheticRecords records, List<String> patients, SplittableRandom random) {
        try {
            if (random.nextBoolean()) {
                byte[] body = context.json().writeValueAsBytes(records.patient(random));
                return Outcome.of("Patient create", context.client().post("Patient", body));
            }
            String patient = patients.get(random.nextInt(patients.size()));
            ObjectNode observation = records.observation(patient, null, SyntheticRecords.recent(random), random);
            byte[] body = context.json().writeValueAsBytes(observation);
            return Outcome.of("Observation create", context.client().post("Observation", body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
