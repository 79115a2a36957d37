package org.throughcare.patient.identity;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.HomeOfficeReference;
import org.throughcare.patient.Sex;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/** Demographics to a Patient resource and back; mapping only. */
public final class PatientResources {

    private PatientResources() {}

    /** A new Patient for these demographics, managed by the establishment (an Organization id). */
    public static Patient patient(Demographics demographics, String managingOrganizationId) {
        Patient patient = new Patient();
        addIdentifiers(patient, demographics);
        patient.addName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(demographics.family())
                .addGiven(demographics.given());
        patient.setGender(demographics.sex().fhir());
        if (demographics.birthDate() != null) {
            patient.setBirthDateElement(new DateType(demographics.birthDate().toString()));
        }
        if (managingOrganizationId != null) {
            patient.setManagingOrganization(new Reference("Organization/" + managingOrganizationId));
        }
        return patient;
    }

    /** Adds the identifiers the patient does not have yet; true when any was added. */
    public static boolean addIdentifiers(Patient patient, Demographics demographics) {
        boolean added = false;
        if (demographics.nhsNumber() != null) {
            added |= add(patient, NhsNumber.SYSTEM, demographics.nhsNumber().value());
        }
        if (demographics.prisonNumber() != null) {
            added |= add(
                    patient, PrisonNumber.SYSTEM, demographics.prisonNumber().value());
        }
        if (demographics.homeOfficeReference() != null) {
            added |= add(
                    patient,
                    HomeOfficeReference.SYSTEM,
                    demographics.homeOfficeReference().value());
        }
        return added;
    }

    private static boolean add(Patient patient, String system, String value) {
        if (patient.getIdentifier().stream()
                .anyMatch(i -> system.equals(i.getSystem()) && value.equals(i.getValue()))) {
            return false;
        }
        patient.addIdentifier().setSystem(system).setValue(value);
        return true;
    }

    /** The demographics a Patient records (its first current identifier of each kind). */
    public static Demographics demographics(Patient patient) {
        HumanName name = patient.getName().stream()
                .filter(n -> n.getUse() != HumanName.NameUse.OLD)
                .findFirst()
                .orElse(patient.getNameFirstRep());
        return new Demographics(
                identifier(patient, NhsNumber.SYSTEM).map(NhsNumber::of).orElse(null),
                identifier(patient, PrisonNumber.SYSTEM).map(PrisonNumber::of).orElse(null),
                identifier(patient, HomeOfficeReference.SYSTEM)
                        .map(HomeOfficeReference::of)
                        .orElse(null),
                name.hasFamily() ? name.getFamily() : "(not recorded)",
                name.hasGiven() ? name.getGivenAsSingleString() : "(not recorded)",
                birthDate(patient),
                Sex.ofCode(patient.hasGender() ? patient.getGender().toCode() : "unknown"));
    }

    /** A full date of birth; a partial one (a year only) matches nothing exactly, so it counts as unknown. */
    public static LocalDate birthDate(Patient patient) {
        DateType date = patient.getBirthDateElement();
        return date.hasValue() && date.getPrecision() == TemporalPrecisionEnum.DAY
                ? LocalDate.parse(date.getValueAsString())
                : null;
    }

    /** The value of the patient's first identifier in this system that is not marked old. */
    public static Optional<String> identifier(Patient patient, String system) {
        return patient.getIdentifier().stream()
                .filter(i -> system.equals(i.getSystem()) && i.getUse() != Identifier.IdentifierUse.OLD)
                .map(Identifier::getValue)
                .findFirst();
    }
}
