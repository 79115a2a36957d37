package org.throughcare.bench.scenario;

import java.util.Map;
import java.util.Optional;

/** The load scenarios by the name used on the command line. */
public final class Scenarios {

    private static final Map<String, Scenario> BY_NAME = Map.of(
            "creates", new CreatesScenario(),
            "reads", new ReadsScenario(),
            "transactions", new TransactionsScenario(),
            "ingest", new IngestScenario(),
            "clinician-mix", new ClinicianMixScenario(),
            "everything", new EverythingScenario(),
            "export", new ExportScenario(),
            "custody-movements", new MovementsScenario(),
            "arrival", new ArrivalScenario(),
            "transfer", new TransferScenario());

    private Scenarios() {}

    public static Optional<Scenario> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String names() {
        return String.join(", ", new java.util.TreeSet<>(BY_NAME.keySet()));
    }
}
