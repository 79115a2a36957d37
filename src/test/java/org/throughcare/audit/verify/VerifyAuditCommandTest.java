package org.throughcare.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aPatient;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.throughcare.testing.ApplicationProcess;
import org.throughcare.testing.ApplicationProcess.CommandResult;
import org.throughcare.testing.FhirHttp;

/**
 * The operator's chain check (scripts/verify-audit runs the application with --verify-audit):
 * started as its own process on a stopped node's data, it says the chain is intact and exits 0, and
 * after a row was edited it names that row and exits 3.
 */
class VerifyAuditCommandTest {

    @Test
    void checksTheChainOfAStoppedNodeAndNamesAnEditedRow() throws Exception {
        ApplicationProcess app = new ApplicationProcess(ApplicationProcess.freshDataDirectory("verify-audit")).start();
        FhirHttp fhir = new FhirHttp(app.port());
        String id = fhir.post("/Patient", aPatient().build()).send().createdId();
        assertThat(fhir.get("/Patient/" + id).send().status()).isEqualTo(200);
        app.stop();

        CommandResult intact = app.runCommand("--verify-audit");

        assertThat(intact.exitStatus()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("Audit chain intact");

        app.start();
        long edited;
        try (Connection owner = app.asDatabaseOwner();
                Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("select max(seq) from audit_event")) {
            rows.next();
            edited = rows.getLong(1);
            statement.executeUpdate("update audit_event set event = event || ' ' where seq = " + edited);
        }
        app.stop();

        CommandResult broken = app.runCommand("--verify-audit");

        assertThat(broken.exitStatus()).as(broken.output()).isEqualTo(3);
        assertThat(broken.output()).contains("Audit chain broken at row " + edited);
    }
}
