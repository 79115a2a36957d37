package org.throughcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.IntegrationTest;

/**
 * Every patient-data read, write and refusal this test makes appears in the audit log, durably,
 * by the time the response arrives, as IHE BALP-shaped AuditEvents naming the patient.
 */
@IntegrationTest
class AuditCompletenessIT {

    @LocalServerPort
    int port;

    @Test
    void everyReadWriteAndRefusalIsInTheLogWhenTheResponseArrives() {
        FhirHttp system = new FhirHttp(port);
        FhirHttp nurse = system.as("nurse.leeds");
        String patientId = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        List<String> observations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            observations.add(nurse.post("/Observation", aHeartRate(patientId, 60 + i))
                    .send()
                    .createdId());
        }
        List<String> read = new ArrayList<>();
        for (String id : observations) {
            assertThat(nurse.get("/Observation/" + id).send().status()).isEqualTo(200);
            read.add("Observation/" + id + "/_history/1");
        }
        assertThat(nurse.get("/Patient/" + patientId + "/_history/1").send().status())
                .isEqualTo(200);
        assertThat(system.as("gp.manchester")
                        .get("/Patient/" + patientId)
                        .send()
                        .status())
                .isEqualTo(404);

        List<AuditEvent> log = events(system.as("caldicott"), patientId);

        Set<String> readEntities = entities(log, AuditEvent.AuditEventAction.R, "nurse.leeds");
        assertThat(readEntities).containsAll(read).contains("Patient/" + patientId + "/_history/1");
        assertThat(entities(log, AuditEvent.AuditEventAction.C, "nurse.leeds")).hasSize(5);
        assertThat(log)
                .anyMatch(event -> event.getOutcome() == AuditEvent.AuditEventOutcome._4
                        && agent(event).equals("gp.manchester"));
        AuditEvent sample = log.stream()
                .filter(e -> agent(e).equals("nurse.leeds"))
                .findFirst()
                .orElseThrow();
        assertThat(sample.getAgentFirstRep()
                        .getRoleFirstRep()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("NURSE");
        assertThat(sample.getAgent())
                .anyMatch(agent -> "LEI".equals(agent.getWho().getIdentifier().getValue()));
        assertThat(sample.getAgentFirstRep().getNetwork().getAddress()).isEqualTo("127.0.0.1");
        assertThat(sample.getAgentFirstRep()
                        .getPurposeOfUseFirstRep()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("TREAT");
    }

    @Test
    void aRefusedWriteStaysOnRecordAlthoughItsTransactionRollsBack() {
        FhirHttp system = new FhirHttp(port);
        String patientId = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        assertThat(system.as("nurse.manchester")
                        .post("/Observation", aHeartRate(patientId, 70))
                        .send()
                        .status())
                .isEqualTo(404);

        FhirHttp guardian = system.as("caldicott");
        assertThat(events(guardian, patientId))
                .anyMatch(event -> event.getOutcome() == AuditEvent.AuditEventOutcome._4
                        && agent(event).equals("nurse.manchester"));
        var check = guardian.get("/$verify-audit").send();
        assertThat(check.body()).doesNotContain("\"severity\":\"error\"");
    }

    @Test
    void aListingAuditsEachPatientWhoseDataIsReturned() {
        FhirHttp system = new FhirHttp(port);
        String first = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        String second = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();

        String since = java.time.Instant.now().minusSeconds(30).toString();
        assertThat(system.as("gp.leeds")
                        .get("/Patient/_history?_since=" + since)
                        .send()
                        .status())
                .isEqualTo(200);

        FhirHttp guardian = system.as("caldicott");
        assertThat(entities(events(guardian, first), AuditEvent.AuditEventAction.E, "gp.leeds"))
                .isNotEmpty();
        assertThat(entities(events(guardian, second), AuditEvent.AuditEventAction.E, "gp.leeds"))
                .isNotEmpty();
    }

    private static List<AuditEvent> events(FhirHttp guardian, String patientId) {
        return guardian
                .get("/AuditEvent?patient=Patient/" + patientId + "&_count=1000")
                .send()
                .resource(Bundle.class)
                .getEntry()
                .stream()
                .map(entry -> (AuditEvent) entry.getResource())
                .toList();
    }

    private static Set<String> entities(List<AuditEvent> log, AuditEvent.AuditEventAction action, String user) {
        return log.stream()
                .filter(event -> event.getAction() == action && agent(event).equals(user))
                .flatMap(event -> event.getEntity().stream())
                .map(entity -> entity.getWhat().getReference())
                .filter(reference -> reference != null && reference.contains("/_history/"))
                .collect(Collectors.toSet());
    }

    private static String agent(AuditEvent event) {
        return event.getAgentFirstRep().getWho().getIdentifier().getValue();
    }
}
