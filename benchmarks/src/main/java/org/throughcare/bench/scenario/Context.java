package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.throughcare.bench.Options;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.load.LoadRun;

/**
 * What a scenario runs with: the client for the server under test, its label ({@code ours},
 * {@code peer}), the folder its results and loaded-patient list go in, and the options.
 */
public record Context(FhirClient client, String server, Path workDir, Options options, ObjectMapper json) {

    public Path loadedPatients() {
        return workDir.resolve("patients.tsv");
    }

    /** A load run from {@code --clients}, {@code --warmup} and {@code --duration}. */
    public LoadRun loadRun(int defaultClients, Duration defaultWarmUp, Duration defaultDuration) {
        return new LoadRun(
                options.integer("clients", defaultClients),
                options.duration("warmup", defaultWarmUp),
                options.duration("duration", defaultDuration));
    }
}
