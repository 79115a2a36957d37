package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.throughcare.bench.data.LoadedPatients;
import org.throughcare.bench.load.LoadRun;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;

/**
 * Issue 3's mixed clinician workload at 8 clients: each request is one of the nine clinician
 * queries, chosen uniformly, about a patient chosen uniformly from those ingest loaded. Reports
 * every query type and the whole mix; each query is checked once beforehand.
 */
final class ClinicianMixScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        List<LoadedPatients.Row> patients = LoadedPatients.read(context.loadedPatients());
        ClinicianQuery[] queries = ClinicianQuery.values();
        ObjectNode result = Results.start(context, "clinician-mix", "requests");
        ArrayNode checks = context.json().createArrayNode();
        SearchCheck checker = new SearchCheck(context.client(), context.json());
        for (ClinicianQuery query : queries) {
            ObjectNode check = checker.check(query, patients.get(patients.size() / 2));
            System.err.printf(
                    "  check %-34s %s%n", query.label(), check.path("verdict").asText());
            checks.add(check);
        }
        LoadRun run = context.loadRun(8, Duration.ofSeconds(20), Duration.ofSeconds(60));
        Recorder recorder = run.run(client -> {
            SplittableRandom random = new SplittableRandom(400 + client);
            return () -> {
                ClinicianQuery query = queries[random.nextInt(queries.length)];
                LoadedPatients.Row patient = patients.get(random.nextInt(patients.size()));
                return Outcome.of(query.label(), context.client().get(query.url(patient, random)));
            };
        });
        Results.load(result, run, recorder, context.json());
        ObjectNode extra = result.putObject("extra");
        extra.put("patients", patients.size());
        extra.set("checks", checks);
        return result;
    }
}
