package org.throughcare.patient;

import java.time.LocalDate;

/**
 * A person as the Personal Demographics Service knows them. For a restricted record (PDS's S flag,
 * {@code meta.security} R) the address and the registered GP are never kept or shown: the person
 * may be in danger from someone who could read them.
 *
 * @param nhsNumber their NHS number (the current one, if the one asked for was superseded)
 * @param family family name
 * @param given first given name
 * @param birthDate date of birth, or null
 * @param sex administrative sex
 * @param restricted true for a restricted record
 * @param deceased true when PDS records a death
 * @param address the home address on one line, or null (always null when restricted)
 * @param gpOdsCode the ODS code of the registered GP practice, or null (always null when restricted)
 * @param score PDS's match score for a search (0 to 1), or null for a read
 */
public record TracedPerson(
        String nhsNumber,
        String family,
        String given,
        LocalDate birthDate,
        Sex sex,
        boolean restricted,
        boolean deceased,
        String address,
        String gpOdsCode,
        Double score) {

    public TracedPerson {
        if (restricted) {
            address = null;
            gpOdsCode = null;
        }
    }

    @Override
    public String toString() {
        return "TracedPerson[withheld]";
    }
}
