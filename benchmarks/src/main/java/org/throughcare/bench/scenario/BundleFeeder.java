package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.throughcare.bench.data.DataSet;
import org.throughcare.bench.data.LoadedPatients;
import org.throughcare.bench.data.PatientFile;
import org.throughcare.bench.http.Reply;
import org.throughcare.bench.load.Outcome;
import org.throughcare.bench.load.Recorder;
import org.throughcare.bench.load.Stats;

/** Feeds patient bundles to a fixed number of virtual threads from a shared cursor. */
record BundleFeeder(Context context, List<PatientFile> files, int concurrency, boolean stripNarrative) {

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
                System.err.println("  no Patient location in the response for "
                        + file.path().getFileName());
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
            return Seeder.reference(
                    entries.path(entry).path("response").path("location").asText());
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
            System.err.printf(
                    "  %d/%d bundles, %.0f resources/s, %s failed%n",
                    Math.min(next.get(), files.size()), files.size(), s.unitsPerSecond(), s.failureText());
        }
    }
}
