package org.throughcare.patient.view;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.throughcare.patient.PatientHeadline;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/** A Patient resource as a {@link PatientHeadline}. */
public final class Identities {

    private Identities() {}

    /**
     * @param establishments names of Organizations by reference ({@code Organization/x})
     * @param today today's date in London, for the age
     */
    public static PatientHeadline of(Patient patient, Map<String, String> establishments, LocalDate today) {
        HumanName name = officialName(patient);
        LocalDate born = patient.hasBirthDate() ? ClinicalText.date(patient.getBirthDateElement()) : null;
        String nhs = identifier(patient, NhsNumber.SYSTEM);
        return new PatientHeadline(
                patient.getIdPart(),
                name == null ? null : name.getFamily(),
                name == null
                        ? null
                        : String.join(
                                " ",
                                name.getGiven().stream()
                                        .map(StringType::getValue)
                                        .toList()),
                name == null || !name.hasPrefix() ? null : name.getPrefixAsSingleString(),
                born,
                born == null ? null : age(born, today),
                gender(patient),
                nhs == null || !NhsNumber.isValid(nhs) ? nhs : NhsNumber.of(nhs).formatted(),
                identifier(patient, PrisonNumber.SYSTEM),
                establishments.get(patient.getManagingOrganization().getReference()));
    }

    /** Ages as clinicians say them: years, or months and weeks for the very young. */
    static String age(LocalDate born, LocalDate today) {
        Period age = Period.between(born, today);
        if (age.getYears() >= 2) {
            return age.getYears() + " years";
        }
        long months = age.toTotalMonths();
        return months >= 1 ? months + " months" : java.time.temporal.ChronoUnit.WEEKS.between(born, today) + " weeks";
    }

    private static HumanName officialName(Patient patient) {
        return patient.getName().stream()
                .filter(name -> name.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .orElse(patient.getName().isEmpty() ? null : patient.getNameFirstRep());
    }

    private static String identifier(Patient patient, String system) {
        return patient.getIdentifier().stream()
                .filter(identifier -> system.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String gender(Patient patient) {
        if (!patient.hasGender()) {
            return "Not recorded";
        }
        return switch (patient.getGender()) {
            case MALE -> "Male";
            case FEMALE -> "Female";
            case OTHER -> "Other";
            default -> "Not known";
        };
    }
}
