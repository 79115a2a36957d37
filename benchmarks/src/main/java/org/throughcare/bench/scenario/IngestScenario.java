package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.throughcare.bench.data.DataSet;
import org.throughcare.bench.data.LoadedPatients;
import org.throughcare.bench.data.PatientFile;
import org.throughcare.bench.http.Reply;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;
import org.throughcare.bench.load.Stats;

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
        extra.put("resourcesOffered", files.stream().mapToLong(PatientFile::entries).sum());
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
                throw new IllegalStateException("Shared bundle " + bundle.getFileName() + " failed: " + reply.summary());
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

    /** Feeds patient bundles to a fixed number of virtual threads from a shared cursor. */
    private record BundleFeeder(Context context, List<PatientFile> files, int concurrency, boolean stripNarrative) {

        void feed(Recorder recorder, List<LoadedPatients.Row> loaded) throws InterruptedException {
            AtomicInteger next = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            Thread progress = Thread.ofVirtual().start(() -> report(recorder, next));
            for (int i = 0; i < concurrency; i++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    for (int n = next.getAndIncrement(); n < files.size(); n = next.getAndIncrement()) {
                        post(files.get(n), recorder, loaded);
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            progress.interrupt();
        }

        private void post(PatientFile file, Recorder recorder, List<LoadedPatients.Row> loaded) {
            Reply reply;
            try {
                byte[] body = DataSet.read(file.path());
                if (stripNarrative) {
                    body = withoutNarrative(body);
                }
                reply = context.client().post("", body, "Prefer", "return=minimal");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file.path(), e);
            }
            recorder.record(Outcome.of("patient bundle", reply, file.entries()));
            if (reply.ok()) {
                String reference = patientReference(reply, file.patientEntry());
                if (reference.startsWith("Patient/")) {
                    String id = reference.substring("Patient/".length());
                    loaded.add(new LoadedPatients.Row(id, file.nhsNumber(), file.family(), file.given()));
                } else {
                    System.err.println("  no Patient location in the response for " + file.path().getFileName());
                }
            }
        }

        /** The bundle without the resources' narratives ({@code text}), for servers that refuse them. */
        private byte[] withoutNarrative(byte[] bundle) throws IOException {
            JsonNode tree = context.json().readTree(bundle);
            for (JsonNode entry : tree.path("entry")) {
                if (entry.path("resource") instanceof ObjectNode resource) {
                    resource.remove("text");
                }
            }
            return context.json().writeValueAsBytes(tree);
        }

        private String patientReference(Reply reply, int entry) {
            try {
                JsonNode entries = context.json().readTree(reply.body()).path("entry");
                return Seeder.reference(entries.path(entry).path("response").path("location").asText());
            } catch (IOException e) {
                return "";
            }
        }

        private void report(Recorder recorder, AtomicInteger next) {
            long start = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    return;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Stats s = recorder.overall(seconds);
                System.err.printf("  %d/%d bundles, %.0f resources/s, %s failed%n",
                        Math.min(next.get(), files.size()), files.size(), s.unitsPerSecond(), s.failureText());
            }
        }
    }
}
