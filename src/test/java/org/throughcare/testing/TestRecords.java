package org.throughcare.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Reference;

/** Clinical entries for page tests, with sensible defaults. */
public final class TestRecords {

    private TestRecords() {}

    /** A prison number nobody else in this run is likely to have (A1234BC format). */
    public static String uniquePrisonNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "T" + String.format("%04d", random.nextInt(10_000)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    /** A family name nobody else in this run has, made of letters only (names allow no digits). */
    public static String uniqueFamilyName(String stem) {
        StringBuilder name = new StringBuilder(stem);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /**
     * A patient at HMP Leeds (Alex, born 12-Apr-1985) with these numbers, a penicillin allergy, an
     * alert and an active problem; answers the new record's id.
     */
    public static String aLeedsPatientWithARecord(
            FhirHttp system, String family, String nhsNumber, String prisonNumber, String alert, String problem) {
        String id = system.post(
                        "/Patient",
                        TestPatients.aPatient()
                                .withFamilyName(family)
                                .withNhsNumber(nhsNumber)
                                .withPrisonNumber(prisonNumber)
                                .at("hmp-leeds")
                                .build())
                .send()
                .createdId();
        system.post("/AllergyIntolerance", anAllergy(id, "764146007", "Penicillin"))
                .send();
        system.post("/Flag", anAlert(id, alert)).send();
        system.post("/Condition", aProblem(id, problem, null)).send();
        return id;
    }

    public static AllergyIntolerance anAllergy(String patientId, String snomed, String substance) {
        AllergyIntolerance allergy = new AllergyIntolerance().setPatient(new Reference("Patient/" + patientId));
        allergy.setClinicalStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", null)));
        allergy.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", snomed, substance)));
        return allergy;
    }

    public static Flag anAlert(String patientId, String text) {
        Flag flag = new Flag().setStatus(Flag.FlagStatus.ACTIVE).setSubject(new Reference("Patient/" + patientId));
        flag.setCode(new CodeableConcept().setText(text));
        return flag;
    }

    /** An active problem; with a label (v3-ActCode such as HIV) when {@code label} is not null. */
    public static Condition aProblem(String patientId, String text, String label) {
        Condition condition = new Condition().setSubject(new Reference("Patient/" + patientId));
        condition.setClinicalStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
        condition.setCode(new CodeableConcept().setText(text));
        if (label != null) {
            condition.getMeta().addSecurity("http://terminology.hl7.org/CodeSystem/v3-ActCode", label, null);
        }
        return condition;
    }
}
