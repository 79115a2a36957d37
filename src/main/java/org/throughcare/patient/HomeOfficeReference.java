package org.throughcare.patient;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Home Office's reference for a person held under immigration powers (in an immigration
 * removal centre): letters, digits, slashes and hyphens, 4 to 20 characters. Patient data: its
 * {@link #toString()} does not show it.
 */
public record HomeOfficeReference(String value) {

    /** The FHIR identifier system Throughcare uses for Home Office references. */
    public static final String SYSTEM = "https://fhir.throughcare.org/Id/home-office-reference";

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9/-]{3,19}");

    public HomeOfficeReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid Home Office reference (4-20 of A-Z, 0-9, / and -)");
        }
    }

    public static HomeOfficeReference of(String text) {
        return new HomeOfficeReference(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "HomeOfficeReference[****]";
    }
}
