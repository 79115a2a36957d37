package org.throughcare.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a place of detention: its NOMIS agency code (HMP Leeds is {@code LEI}) for prisons
 * and young offender institutions, or a local code with a hyphen ({@code SCH-ADB}) for
 * establishments the prison service's systems do not hold (secure children's homes, immigration
 * removal centres). Upper case letters, digits and hyphens, 2 to 12 characters.
 */
public record EstablishmentCode(String value) {

    /** The FHIR identifier system of establishment codes on Organization and Location. */
    public static final String SYSTEM = "https://fhir.throughcare.org/Id/establishment-code";

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,11}");

    public EstablishmentCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid establishment code (2-12 of A-Z, 0-9 and -)");
        }
    }

    /** Parses a code; lower case is accepted and normalised to upper case. */
    public static EstablishmentCode of(String text) {
        return new EstablishmentCode(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
