package org.throughcare.patient.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Break-glass as the clinician asks for it: the patient's NHS number or prison number (a record
 * outside the relationship is never listed, so it cannot be picked) and the reason, 10 to 500
 * characters, which the Caldicott guardian will read.
 */
public record EmergencyAccessForm(String nhsNumber, String prisonNumber, String reason) {

    /** Problems keyed by field id, in page order; empty when the request can go ahead. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        String nhs = PatientSearchForm.blankToNull(nhsNumber);
        String prison = PatientSearchForm.blankToNull(prisonNumber);
        if ((nhs == null) == (prison == null)) {
            errors.put("nhs-number", "Enter the patient's NHS number or their prison number (one of them)");
        } else if (nhs != null && !NhsNumber.isValid(nhs.replaceAll("[\\s-]", ""))) {
            errors.put("nhs-number", "Enter a valid NHS number: 10 digits, like 999 000 0018");
        } else if (prison != null && !PrisonNumber.isValid(prison.toUpperCase(java.util.Locale.ROOT))) {
            errors.put("prison-number", "Prison number must be 1 letter, 4 numbers and 2 letters, like A1234BC");
        }
        Reasons.check(reason, "reason", "Enter why you need this record now", errors);
        return errors;
    }

    /** The reason with the browser's line breaks (CR LF) made plain new lines. */
    String reasonText() {
        return Reasons.text(reason);
    }

    /** The identifier system of the number given. */
    String system() {
        return PatientSearchForm.blankToNull(nhsNumber) != null ? NhsNumber.SYSTEM : PrisonNumber.SYSTEM;
    }

    /** The number given, normalised as identifiers are stored. */
    String value() {
        String nhs = PatientSearchForm.blankToNull(nhsNumber);
        return nhs != null
                ? nhs.replaceAll("[\\s-]", "")
                : PrisonNumber.of(prisonNumber).value();
    }
}
