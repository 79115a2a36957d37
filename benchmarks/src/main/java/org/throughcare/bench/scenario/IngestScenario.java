package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.throughcare.bench.data.DataSet;
import org.throughcare.bench.data.LoadedPatients;
import org.throughcare.bench.data.PatientFile;
import org.throughcare.bench.http.Reply;
import org.throughcare.bench.load.Recorder;

/**
 * Loads the Synthea data set as its transaction bundles: the shared bundles (establishments,
 * hospitals, practitioners) one by one, then every patient's bundle at {@code --concurrency}
 * (default 4) clients. Reported in resources per second over the patient bundles; the ids the
 * server gave the patients are kept for the read scenarios.
 */
final class IngestScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        DataSet data = new DataSet(context.options().path("data", "target/data"));
        List<PatientFile> files = limit(data.patientFiles(), context.options().integer("limit", Integer.MAX_VALUE));
        if (files.isEmpty()) {
            throw new IllegalStateException("No patient bundles in " + data.root() + ": run generate-data.sh first");
        }
        ObjectNode result = Results.start(context, "ingest", "resources");
        long sharedStart = System.nanoTime();
        loadShared(context, data.sharedBundles());
        double sharedSeconds = (System.nanoTime() - sharedStart) / 1e9;
        int concurrency = context.options().integer("concurrency", 4);
        Recorder recorder = new Recorder();
        List<LoadedPatients.Row> loaded = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        boolean strip = context.options().flag("strip-narrative");
        new BundleFeeder(context, files, concurrency, strip).feed(recorder, loaded);
        double seconds = (System.nanoTime() - start) / 1e9;
        LoadedPatients.write(context.loadedPatients(), loaded);
        Results.stats(result, recorder.overall(seconds), recorder.byKind(seconds), context.json());
        result.put("clients", concurrency).put("seconds", seconds);
        ObjectNode extra = result.putObject("extra");
        extra.put("patientBundles", files.size()).put("patientsLoaded", loaded.size());
        extra.put("sharedBundlesSeconds", sharedSeconds);
        extra.put(
                "resourcesOffered",
                files.stream().mapToLong(PatientFile::entries).sum());
        extra.put("narrativesStripped", strip);
        return result;
    }

    private static List<PatientFile> limit(List<PatientFile> files, int limit) {
        return files.size() > limit ? files.subList(0, limit) : files;
    }

    private static void loadShared(Context context, List<Path> bundles) throws IOException {
        for (Path bundle : bundles) {
            Reply reply = context.client().post("", DataSet.read(bundle), "Prefer", "return=minimal");
            if (!reply.ok()) {
                throw new IllegalStateException(
                        "Shared bundle " + bundle.getFileName() + " failed: " + reply.summary());
            }
            String failed = failedEntries(context.json().readTree(reply.body()));
            if (!failed.isEmpty()) {
                System.err.println("  " + bundle.getFileName() + ": entries failed: " + failed);
            }
        }
        System.err.printf("  %d shared bundles loaded%n", bundles.size());
    }

    /** Statuses of batch entries that did not succeed, for a clear report. */
    private static String failedEntries(JsonNode response) {
        StringBuilder failed = new StringBuilder();
        for (JsonNode entry : response.path("entry")) {
            String status = entry.path("response").path("status").asText();
            if (!status.startsWith("2")) {
                failed.append(failed.isEmpty() ? "" : ", ").append(status);
            }
        }
        return failed.toString();
    }
}
