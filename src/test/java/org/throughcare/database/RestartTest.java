package org.throughcare.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.throughcare.testing.ApplicationProcess;
import org.throughcare.testing.FhirHttp;

/**
 * What is acknowledged survives, and a transaction cut off half way leaves nothing behind: when
 * the application is killed, and when the application and PostgreSQL are killed together (a power
 * cut). Also: a clean stop shuts PostgreSQL down, and the next start keeps the data.
 */
class RestartTest {

    /** What dies besides the application. */
    private enum Crash {
        APPLICATION_ONLY,
        /** A power cut: the postmaster and every PostgreSQL process die at the same instant. */
        POWER_CUT,
        /** The postmaster alone (say, the OOM killer): its backends live on for a moment, orphaned. */
        POSTMASTER_ONLY
    }

    @Test
    void anAcknowledgedWriteSurvivesAndAKilledTransactionLeavesNothing() throws Exception {
        killMidTransactionAndRestart("restart-kill", Crash.APPLICATION_ONLY);
    }

    @Test
    void aPowerCutKillingPostgresToo() throws Exception {
        killMidTransactionAndRestart("restart-power", Crash.POWER_CUT);
    }

    @Test
    void restartsAfterThePostmasterAloneWasKilledWhileItsBackendsStillRun() throws Exception {
        killMidTransactionAndRestart("restart-postmaster", Crash.POSTMASTER_ONLY);
    }

    private static void killMidTransactionAndRestart(String name, Crash crash) throws Exception {
        ApplicationProcess app = new ApplicationProcess(ApplicationProcess.freshDataDirectory(name)).start();
        FhirHttp fhir = new FhirHttp(app.port());
        String acknowledged = fhir.post("/Patient", aPatient().build()).send().createdId();
        List<String> cutOff = startLargeTransactionAndKillMidway(fhir, app, crash);

        app.start();

        assertThat(fhir.get("/Patient/" + acknowledged).send().status()).isEqualTo(200);
        cutOff.forEach(
                id -> assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(404));
        app.stop();
    }

    @Test
    void aCleanStopShutsPostgresDownAndTheDataIsThereNextTime() throws Exception {
        ApplicationProcess app = new ApplicationProcess(ApplicationProcess.freshDataDirectory("restart-clean")).start();
        FhirHttp fhir = new FhirHttp(app.port());
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        long postmaster = app.postmasterPid();
        assertThat(app.postgresSetting("fsync")).isEqualTo("on");
        assertThat(app.postgresSetting("synchronous_commit")).isEqualTo("on");
        assertThat(app.postgresSetting("full_page_writes")).isEqualTo("on");

        app.stop();

        assertThat(app.postgresData().resolve("postmaster.pid")).doesNotExist();
        assertThat(isRunning(postmaster)).isFalse();
        app.start();
        assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(200);
        app.stop();
    }

    /** Alive and not a zombie (a container's init may not reap the postmaster at once). */
    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid)
                .map(EmbeddedPostgresServer.StalePostmaster::running)
                .orElse(false);
    }

    /** Sends a transaction of many client-id patients and kills the process while it is being written. */
    private static List<String> startLargeTransactionAndKillMidway(FhirHttp fhir, ApplicationProcess app, Crash crash)
            throws IOException, InterruptedException {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String id = "cut-" + i + "-" + System.nanoTime();
            ids.add(id);
            transaction
                    .addEntry()
                    .setResource(aPatient().withId(id).build())
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl("Patient/" + id);
        }
        CompletableFuture<Void> sending =
                CompletableFuture.runAsync(() -> fhir.post("", transaction).send());
        Thread.sleep(1500);
        ProcessHandle postmaster = ProcessHandle.of(app.postmasterPid()).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        app.kill();
        if (crash != Crash.APPLICATION_ONLY) {
            postmaster.destroyForcibly();
        }
        if (crash == Crash.POWER_CUT) {
            backends.forEach(ProcessHandle::destroyForcibly);
        }
        assertThat(sending).isNotCompleted();
        return ids;
    }
}
