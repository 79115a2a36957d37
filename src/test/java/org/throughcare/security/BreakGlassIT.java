package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/**
 * Break-glass end to end: refused outside the relationship, a stated reason opens that one patient
 * for a limited time, every access is audited as emergency treatment, and the grant waits in the
 * Caldicott guardian's queue until an outcome is recorded.
 */
@IntegrationTest
class BreakGlassIT {

    @LocalServerPort
    int port;

    FhirHttp system;
    String patientId;
    String observationId;

    @BeforeEach
    void aPatientAtLeeds() {
        system = new FhirHttp(port);
        patientId = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        observationId =
                system.post("/Observation", aHeartRate(patientId, 66)).send().createdId();
    }

    @Test
    void aClinicianElsewhereGetsTimeLimitedAuditedAccessThatTheGuardianReviews() {
        FhirHttp gp = system.as("gp.manchester");
        assertThat(gp.get("/Observation/" + observationId).send().status()).isEqualTo(404);

        FhirResponse granted = gp.post(
                        "/Patient/" + patientId + "/$break-glass", reason("Collapsed at court; needs allergies now"))
                .send();

        assertThat(granted.status()).isEqualTo(200);
        String grantId = granted.resource(Parameters.class)
                .getParameter("grant")
                .getValue()
                .primitiveValue();
        assertThat(granted.resource(Parameters.class).getParameter("expires")).isNotNull();
        assertThat(gp.get("/Observation/" + observationId).send().status()).isEqualTo(200);
        assertThat(gp.get("/Patient/" + patientId).send().status()).isEqualTo(200);

        FhirHttp guardian = system.as("caldicott");
        Bundle log =
                guardian.get("/AuditEvent?patient=Patient/" + patientId).send().resource(Bundle.class);
        assertThat(log.getEntry())
                .extracting(entry -> (AuditEvent) entry.getResource())
                .anyMatch(event -> event.getSubtypeFirstRep().getCode().equals("break-glass"))
                .anyMatch(event -> event.getAction() == AuditEvent.AuditEventAction.R
                        && event.getAgentFirstRep()
                                .getPurposeOfUseFirstRep()
                                .getCodingFirstRep()
                                .getCode()
                                .equals("ETREAT"));

        Parameters queue = guardian.get("/$break-glass-queue").send().resource(Parameters.class);
        assertThat(queue.getParameter()).anyMatch(grant -> grant.getPart().stream()
                .anyMatch(part -> part.getName().equals("grant")
                        && part.getValue().primitiveValue().equals(grantId)));

        FhirResponse reviewed = guardian.post("/$break-glass-review", review(grantId, "appropriate"))
                .send();
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.resource(Parameters.class)
                        .getParameter("outcome")
                        .getValue()
                        .primitiveValue())
                .isEqualTo("appropriate");
        assertThat(guardian.post("/$break-glass-review", review(grantId, "inappropriate"))
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @Test
    void onlyCliniciansMayBreakTheGlassAndOnlyWithAReason() {
        assertThat(system.as("officer.leeds")
                        .post("/Patient/" + patientId + "/$break-glass", reason("Wants to look"))
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.as("commissioner")
                        .post("/Patient/" + patientId + "/$break-glass", reason("Curious about it"))
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.as("gp.manchester")
                        .post("/Patient/" + patientId + "/$break-glass", reason("short"))
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyTheGuardianSeesTheQueueAndTheAuditLog() {
        assertThat(system.as("gp.leeds").get("/$break-glass-queue").send().status())
                .isEqualTo(403);
        assertThat(system.as("gp.leeds")
                        .get("/AuditEvent?patient=Patient/" + patientId)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(system.anonymous().get("/$break-glass-queue").send().status())
                .isEqualTo(401);
    }

    private static Parameters reason(String text) {
        Parameters parameters = new Parameters();
        parameters.addParameter("reason", text);
        return parameters;
    }

    private static Parameters review(String grantId, String outcome) {
        Parameters parameters = new Parameters();
        parameters.addParameter("grant", grantId);
        parameters.addParameter("outcome", outcome);
        parameters.addParameter("note", "Clinically justified");
        return parameters;
    }
}
