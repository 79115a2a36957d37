package org.throughcare.audit.event;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;
import org.throughcare.audit.AuditKind;
import org.throughcare.audit.AuditRecord;

/** The hand-written AuditEvent JSON is valid FHIR R4 in the BALP shape, read strictly by HAPI. */
class AuditEventsTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void aReadIsAnRAuditEventNamingUserOrganisationsPatientVersionAndPurpose() {
        AuditRecord record = new AuditRecord(
                Instant.parse("2026-01-31T09:15:00.123Z"),
                AuditKind.READ,
                AuditRecord.Outcome.SUCCESS,
                new AuditRecord.Agent("gp.leeds", "Dr \"Quoted\" Patel", "DOCTOR", "LEI MRI", true),
                "127.0.0.1",
                "TREAT",
                "p1",
                List.of("Observation/o1/_history/2"),
                null,
                null);

        AuditEvent event = parse(new AuditEvents().json(record));

        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getRecorded().toInstant()).isEqualTo(Instant.parse("2026-01-31T09:15:00.123Z"));
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(event.getAgent()).hasSize(3);
        assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo("gp.leeds");
        assertThat(event.getAgentFirstRep().getWho().getDisplay()).isEqualTo("Dr \"Quoted\" Patel");
        assertThat(event.getAgentFirstRep()
                        .getPurposeOfUseFirstRep()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("TREAT");
        assertThat(event.getAgent().get(2).getWho().getIdentifier().getValue()).isEqualTo("MRI");
        assertThat(event.getEntity())
                .extracting(entity -> entity.getWhat().getReference())
                .containsExactly("Patient/p1", "Observation/o1/_history/2");
    }

    @Test
    void aListingCarriesItsQueryAndARefusalItsOutcome() {
        AuditRecord record = new AuditRecord(
                Instant.now(),
                AuditKind.SEARCH,
                AuditRecord.Outcome.REFUSED,
                new AuditRecord.Agent("client", "client", "SYSTEM", null, false),
                null,
                "HSYSADMIN",
                null,
                List.of(),
                "/fhir/Observation/_history?_count=5",
                "Refused: search");

        AuditEvent event = parse(new AuditEvents().json(record));

        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(new String(event.getEntityFirstRep().getQuery())).isEqualTo("/fhir/Observation/_history?_count=5");
        assertThat(event.getAgent()).hasSize(1);
    }

    private static AuditEvent parse(String json) {
        return FHIR.newJsonParser()
                .setParserErrorHandler(new StrictErrorHandler())
                .parseResource(AuditEvent.class, json);
    }
}
