package org.throughcare.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/** Test resources with sensible defaults; every NHS number handed out is unique and valid. */
public final class TestPatients {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 100_000_000L);

    private TestPatients() {}

    /** A fresh, valid NHS number nobody else in this test run has. */
    public static String uniqueNhsNumber() {
        while (true) {
            String first9 = String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000L);
            for (int check = 0; check <= 9; check++) {
                if (NhsNumber.isValid(first9 + check)) {
                    return first9 + check;
                }
            }
        }
    }

    public static PatientBuilder aPatient() {
        return new PatientBuilder();
    }

    public static Observation aHeartRate(String patientId, int beatsPerMinute) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation
                .getCode()
                .addCoding()
                .setSystem("http://loinc.org")
                .setCode("8867-4")
                .setDisplay("Heart rate");
        observation.setSubject(new Reference("Patient/" + patientId));
        observation.setValue(new Quantity()
                .setValue(beatsPerMinute)
                .setUnit("/min")
                .setSystem("http://unitsofmeasure.org")
                .setCode("/min"));
        return observation;
    }

    /** Builds a Patient: by default with a unique NHS number, a name, a sex and a date of birth. */
    public static final class PatientBuilder {

        private final Patient patient = new Patient();
        private String nhsNumber = uniqueNhsNumber();
        private String prisonNumber;

        private PatientBuilder() {
            patient.addName().setFamily("Testperson").addGiven("Alex");
            patient.setGender(Enumerations.AdministrativeGender.FEMALE);
            patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1985-04-12"));
        }

        public PatientBuilder withNhsNumber(String value) {
            this.nhsNumber = value;
            return this;
        }

        public PatientBuilder withPrisonNumber(String value) {
            this.prisonNumber = value;
            return this;
        }

        public PatientBuilder withFamilyName(String family) {
            patient.getNameFirstRep().setFamily(family);
            return this;
        }

        /** Managed by a demo establishment: {@code hmp-leeds} (LEI) or {@code hmp-manchester} (MRI). */
        public PatientBuilder at(String organisationId) {
            patient.setManagingOrganization(new Reference("Organization/" + organisationId));
            return this;
        }

        public PatientBuilder withId(String id) {
            patient.setId(id);
            return this;
        }

        public Patient build() {
            Patient built = patient.copy();
            if (nhsNumber != null) {
                built.addIdentifier().setSystem(NhsNumber.SYSTEM).setValue(nhsNumber);
            }
            if (prisonNumber != null) {
                built.addIdentifier().setSystem(PrisonNumber.SYSTEM).setValue(prisonNumber);
            }
            return built;
        }
    }
}
