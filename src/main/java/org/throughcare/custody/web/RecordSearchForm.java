package org.throughcare.custody.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.throughcare.patient.PatientQuery;
import org.throughcare.shared.NhsNumber;
import org.throughcare.web.FormFields;

/**
 * Looking for the record a prison service event belongs to: NHS number, names and date of birth,
 * any of them, posted in the body (never in a URL). Field ids start {@code search-} or are the
 * date-of-birth fragment's.
 */
record RecordSearchForm(String nhsNumber, String family, String given, String day, String month, String year) {

    static final RecordSearchForm BLANK = new RecordSearchForm(null, null, null, null, null, null);

    /** The query, or the problems keyed by field id (page order). */
    Checked check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        NhsNumber nhs = FormFields.nhsNumber(nhsNumber, "search-nhs-number", errors);
        String familyName = FormText.optionalName(family, "search-family", "Family name", errors);
        String givenName = FormText.optionalName(given, "search-given", "Given name", errors);
        LocalDate born = FormText.date(day, month, year, "birth-day", "Date of birth", errors);
        if (born != null && born.isAfter(today)) {
            errors.put("birth-day", "Date of birth must be in the past");
        }
        PatientQuery query = new PatientQuery(familyName, givenName, born, nhs, null);
        if (errors.isEmpty() && query.isEmpty()) {
            errors.put("search-nhs-number", "Enter an NHS number, a name or a date of birth to search by");
        }
        return new Checked(errors.isEmpty() ? query : null, errors);
    }

    record Checked(PatientQuery query, Map<String, String> errors) {}
}
