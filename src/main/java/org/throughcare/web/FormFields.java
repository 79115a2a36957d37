package org.throughcare.web;

import java.util.Map;
import org.throughcare.shared.NhsNumber;

/** Fields several modules' forms share, read the same way and refused with the same words. */
public final class FormFields {

    private FormFields() {}

    /**
     * An NHS number as a person types it (spaces and hyphens allowed), or null when left blank; an
     * invalid one puts the problem under {@code field}.
     */
    public static NhsNumber nhsNumber(String typed, String field, Map<String, String> errors) {
        String digits = typed == null || typed.isBlank() ? null : typed.replaceAll("[\\s-]", "");
        if (digits == null) {
            return null;
        }
        if (!NhsNumber.isValid(digits)) {
            errors.put(field, "Enter a valid NHS number: 10 digits, like 999 000 0018");
            return null;
        }
        return NhsNumber.of(digits);
    }
}
