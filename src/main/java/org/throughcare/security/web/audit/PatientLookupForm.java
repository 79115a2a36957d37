package org.throughcare.security.web.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.throughcare.record.RecordSearch;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Which patient the Caldicott guardian asks about: by NHS number or prison number (as a subject
 * access request names them), or by record id (as the break-glass queue shows it). Posted in the
 * body: no patient detail in a URL.
 */
public record PatientLookupForm(String nhsNumber, String prisonNumber, String recordId) {

    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** The record ids the form names (several when duplicates share a number); adds errors when none. */
    List<String> recordIds(RecordSearch search, Map<String, String> errors) {
        String nhs = blankToNull(nhsNumber) == null ? null : nhsNumber.replaceAll("[\\s-]", "");
        String prison = blankToNull(prisonNumber);
        String id = blankToNull(recordId);
        List<String> ids = new ArrayList<>();
        if (nhs != null && NhsNumber.isValid(nhs)) {
            ids.addAll(search.patientIdsWithIdentifier(NhsNumber.SYSTEM, nhs, 10));
        } else if (nhs != null) {
            errors.put("nhs-number", "Enter a valid NHS number: 10 digits, like 999 000 0018");
        } else if (prison != null && PrisonNumber.isValid(prison.toUpperCase(java.util.Locale.ROOT))) {
            ids.addAll(search.patientIdsWithIdentifier(
                    PrisonNumber.SYSTEM, prison.toUpperCase(java.util.Locale.ROOT), 10));
        } else if (prison != null) {
            errors.put("prison-number", "Prison number must be 1 letter, 4 numbers and 2 letters, like A1234BC");
        } else if (id != null && RECORD_ID.matcher(id).matches()) {
            ids.add(id);
        } else {
            errors.put("nhs-number", "Enter the patient's NHS number, prison number or record id");
        }
        if (errors.isEmpty() && ids.isEmpty()) {
            errors.put(nhs != null ? "nhs-number" : "prison-number", "No patient record has this number");
        }
        return ids;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
