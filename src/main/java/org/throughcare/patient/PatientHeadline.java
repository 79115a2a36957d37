package org.throughcare.patient;

import java.time.LocalDate;

/**
 * Who a patient is, as a list row or the banner shows it: enough to tell two patients apart.
 *
 * @param id the Patient's logical id (opaque; the only patient detail a URL ever carries)
 * @param familyName the family name, or null when the record is withheld from the viewer
 * @param givenNames the given names, space separated
 * @param title a prefix such as Mr or Ms, or null
 * @param birthDate the date of birth, or null when not recorded
 * @param age the age in words, such as "39 years", or null
 * @param gender the administrative gender in words
 * @param nhsNumber the NHS number in 3-3-4 groups, or null when not recorded
 * @param prisonNumber the prison (NOMIS) number, or null
 * @param establishment the name of the establishment managing their care, or null
 */
public record PatientHeadline(
        String id,
        String familyName,
        String givenNames,
        String title,
        LocalDate birthDate,
        String age,
        String gender,
        String nhsNumber,
        String prisonNumber,
        String establishment) {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy", java.util.Locale.ENGLISH);

    /** The date of birth and age as the banner shows them: "12-Apr-1985 (39 years)". */
    public String born() {
        return birthDate == null ? "Not recorded" : DATE.format(birthDate) + " (" + age + ")";
    }

    /** The name as clinical systems show it: FAMILY, Given (Title). */
    public String displayName() {
        if (familyName == null && givenNames == null) {
            return "Name not recorded";
        }
        String family = familyName == null ? "" : familyName.toUpperCase(java.util.Locale.UK);
        String name = givenNames == null || givenNames.isBlank() ? family : family + ", " + givenNames;
        return title == null ? name : name + " (" + title + ")";
    }

    /**
     * The headline of a Patient resource the caller has read (another module's list rows).
     *
     * @param establishments names of Organizations by reference ({@code Organization/x})
     * @param today today's date in London, for the age
     */
    public static PatientHeadline of(
            org.hl7.fhir.r4.model.Patient patient, java.util.Map<String, String> establishments, LocalDate today) {
        return org.throughcare.patient.view.Identities.of(patient, establishments, today);
    }
}
