package org.throughcare.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.testing.TestPatients.aHeartRate;
import static org.throughcare.testing.TestPatients.aPatient;
import static org.throughcare.testing.TestPatients.uniqueNhsNumber;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.security.Callers;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;
import org.throughcare.testing.FhirHttp;
import org.throughcare.testing.FhirResponse;
import org.throughcare.testing.IntegrationTest;

/**
 * Identifying people received, the duplicate review queue, and merge and unmerge through the API,
 * with real PostgreSQL and real tokens.
 */
@IntegrationTest
class PatientIdentityIT {

    @LocalServerPort
    int port;

    @Autowired
    PatientIdentity identity;

    @Autowired
    Callers callers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anNhsNumberFindsTheRecordAndGivesItTheNewPrisonNumber() {
        FhirHttp system = new FhirHttp(port);
        String nhs = uniqueNhsNumber();
        String existing = system.post(
                        "/Patient",
                        aPatient().withNhsNumber(nhs).at("hmp-leeds").build())
                .send()
                .createdId();
        String prisonNumber = uniquePrisonNumber();
        Identification found = identify(person(nhs, prisonNumber, "Testperson", "Alex", "1985-04-12"));
        assertThat(found.basis()).isEqualTo(Identification.Basis.NHS_NUMBER);
        assertThat(found.patientId()).isEqualTo(existing);
        Patient patient = system.get("/Patient/" + existing).send().resource(Patient.class);
        assertThat(patient.getIdentifier()).anyMatch(i -> prisonNumber.equals(i.getValue()));
    }

    @Test
    void aPrisonNumberWhoseNhsNumberDisagreesMakesANewRecordForReview() {
        FhirHttp system = new FhirHttp(port);
        String prisonNumber = uniquePrisonNumber();
        String existing = system.post(
                        "/Patient",
                        aPatient()
                                .withPrisonNumber(prisonNumber)
                                .at("hmp-leeds")
                                .build())
                .send()
                .createdId();
        Identification found = identify(person(uniqueNhsNumber(), prisonNumber, "Testperson", "Alex", "1985-04-12"));
        assertThat(found.basis()).isEqualTo(Identification.Basis.NEW_RECORD);
        assertThat(found.patientId()).isNotEqualTo(existing);
        assertThat(reviewsOf(system, found.patientId())).anyMatch(review -> review.contains(existing));
    }

    @Test
    void aPossibleDuplicateIsPutToReviewOnlyForStaffWhoSeeThePatient() {
        FhirHttp system = new FhirHttp(port);
        String family = "Quenby" + System.nanoTime() % 100_000;
        String older = system.post(
                        "/Patient",
                        aPatient().withFamilyName(family).at("hmp-manchester").build())
                .send()
                .createdId();
        Identification received = identify(person(null, uniquePrisonNumber(), family, "Alex", "1985-04-12"));
        assertThat(received.basis()).isEqualTo(Identification.Basis.NEW_RECORD);
        assertThat(received.possibleDuplicates())
                .extracting(MatchCandidate::patientId)
                .contains(older);
        assertThat(reviewsOf(system.as("nurse.leeds"), received.patientId())).isNotEmpty();
        assertThat(reviewsOf(system.as("nurse.manchester"), received.patientId()))
                .isEmpty();
        assertThat(system.anonymous().get("/$identity-reviews").send().status()).isEqualTo(401);
        assertThat(system.as("commissioner").get("/$identity-reviews").send().status())
                .isEqualTo(403);
    }

    @Test
    void sameResultsInAMergeThatMovesEverythingAndCanBeUndone() {
        FhirHttp system = new FhirHttp(port);
        FhirHttp nurse = system.as("nurse.leeds");
        String family = "Merriot" + System.nanoTime() % 100_000;
        String older = system.post(
                        "/Patient",
                        aPatient().withFamilyName(family).at("hmp-manchester").build())
                .send()
                .createdId();
        Identification received = identify(person(null, uniquePrisonNumber(), family, "Alex", "1985-04-12"));
        String observation = nurse.post("/Observation", aHeartRate(received.patientId(), 72))
                .send()
                .createdId();
        String review = reviewsOf(nurse, received.patientId()).getFirst().split("\\|")[0];

        FhirResponse refused = system.as("nurse.manchester")
                .post("/$identity-review", decision(review, "same-person"))
                .send();
        assertThat(refused.status()).isEqualTo(404);
        FhirResponse decided =
                nurse.post("/$identity-review", decision(review, "same-person")).send();
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(nurse.post("/$identity-review", decision(review, "different-people"))
                        .send()
                        .status())
                .isEqualTo(409);

        Observation moved = nurse.get("/Observation/" + observation).send().resource(Observation.class);
        assertThat(moved.getSubject().getReference()).isEqualTo("Patient/" + older);
        Patient source = system.get("/Patient/" + received.patientId()).send().resource(Patient.class);
        assertThat(source.getActive()).isFalse();
        assertThat(source.getLinkFirstRep().getOther().getReference()).isEqualTo("Patient/" + older);
        Provenance provenance = system
                .get("/Provenance?target=Observation/" + observation)
                .send()
                .resource(org.hl7.fhir.r4.model.Bundle.class)
                .getEntry()
                .stream()
                .map(entry -> (Provenance) entry.getResource())
                .findFirst()
                .orElseThrow();
        assertThat(provenance.getActivity().getCodingFirstRep().getCode()).isEqualTo("merge");

        Parameters undo = new Parameters();
        undo.addParameter().setName("provenance").setValue(new Reference("Provenance/" + provenance.getIdPart()));
        undo.addParameter().setName("target-patient").setValue(new Reference("Patient/" + older));
        undo.addParameter("reason", "Reviewed again: two different people after all");
        FhirResponse undone = nurse.post("/Patient/$unmerge", undo).send();
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(system.get("/Observation/" + observation)
                        .send()
                        .resource(Observation.class)
                        .getSubject()
                        .getReference())
                .isEqualTo("Patient/" + received.patientId());
        assertThat(system.get("/Patient/" + received.patientId())
                        .send()
                        .resource(Patient.class)
                        .getLink())
                .isEmpty();
        assertThat(nurse.post("/Patient/$unmerge", undo).send().status()).isEqualTo(409);
    }

    @Test
    void aDirectMergeNeedsTheRightToChangeBothRecords() {
        FhirHttp system = new FhirHttp(port);
        String leeds = system.post(
                        "/Patient",
                        aPatient().withNhsNumber(null).at("hmp-leeds").build())
                .send()
                .createdId();
        String manchester = system.post(
                        "/Patient", aPatient().at("hmp-manchester").build())
                .send()
                .createdId();
        Parameters merge = new Parameters();
        merge.addParameter("source-patient", "Patient/" + leeds);
        merge.addParameter("target-patient", "Patient/" + manchester);
        merge.addParameter("reason", "Same person registered twice at reception");
        assertThat(system.anonymous().post("/Patient/$merge", merge).send().status())
                .isEqualTo(401);
        assertThat(system.as("nurse.leeds")
                        .post("/Patient/$merge", merge)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(system.as("pharmacist").post("/Patient/$merge", merge).send().status())
                .isEqualTo(403);
        Parameters unreasoned = merge.copy();
        unreasoned.getParameter().removeIf(p -> p.getName().equals("reason"));
        unreasoned.addParameter("reason", "short");
        assertThat(system.post("/Patient/$merge", unreasoned).send().status()).isEqualTo(400);
        FhirResponse merged = system.post("/Patient/$merge", merge).send();
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(system.post("/Patient/$merge", merge).send().status()).isEqualTo(409);
    }

    @Test
    void recordsWithDifferentNhsNumbersAreNeverMerged() {
        FhirHttp system = new FhirHttp(port);
        String one = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        String two = system.post("/Patient", aPatient().at("hmp-leeds").build())
                .send()
                .createdId();
        Parameters merge = new Parameters();
        merge.addParameter("source-patient", "Patient/" + one);
        merge.addParameter("target-patient", "Patient/" + two);
        merge.addParameter("reason", "Looks like the same person to me");
        FhirResponse refused = system.post("/Patient/$merge", merge).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("different NHS numbers");
        assertThat(system.get("/Patient/" + one).send().resource(Patient.class).getLink())
                .isEmpty();
    }

    private Identification identify(Demographics person) {
        return callers.asSystem(
                "test-reception", () -> transactions.execute(status -> identity.identify(person, "hmp-leeds")));
    }

    /** Each open review of the patient as "id|patient|candidate". */
    private static List<String> reviewsOf(FhirHttp fhir, String patientId) {
        Parameters queue = fhir.get("/$identity-reviews?_count=500&patient=Patient/" + patientId)
                .send()
                .resource(Parameters.class);
        return queue.getParameter().stream()
                .map(review -> review.getPart().stream()
                        .map(part -> part.getValue() instanceof Reference r
                                ? r.getReference()
                                : part.getValue().primitiveValue())
                        .limit(3)
                        .reduce((a, b) -> a + "|" + b)
                        .orElse(""))
                .filter(line -> line.contains("Patient/" + patientId + "|"))
                .toList();
    }

    private static Parameters decision(String review, String decision) {
        Parameters parameters = new Parameters();
        parameters.addParameter("review", review);
        parameters.addParameter("decision", decision);
        parameters.addParameter("note", "Same date of birth, name and photograph on the prison record");
        return parameters;
    }

    private static Demographics person(String nhs, String prisonNumber, String family, String given, String born) {
        return new Demographics(
                nhs == null ? null : NhsNumber.of(nhs),
                prisonNumber == null ? null : PrisonNumber.of(prisonNumber),
                null,
                family,
                given,
                LocalDate.parse(born),
                Sex.FEMALE);
    }

    static String uniquePrisonNumber() {
        long n = System.nanoTime();
        return "A" + String.format("%04d", n % 10_000) + (char) ('A' + (n / 10_000) % 26)
                + (char) ('A' + (n / 260_000) % 26);
    }
}
