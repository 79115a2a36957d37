package org.throughcare.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A prison number in the NOMIS format: one letter, four digits, two letters (for example A1234BC).
 * It is given at first reception and stays with the person across later custody periods.
 */
public final class PrisonNumber {

    /** The FHIR identifier system Throughcare uses for prison (NOMIS) numbers. */
    public static final String SYSTEM = "https://fhir.throughcare.org/Id/prison-number";

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{4}[A-Z]{2}");

    private final String value;

    private PrisonNumber(String value) {
        this.value = value;
    }

    /** Parses a prison number; lower case is accepted and normalised to upper case. */
    public static PrisonNumber of(String text) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            throw new IllegalArgumentException("not a valid prison number (format A1234BC)");
        }
        return new PrisonNumber(normalised);
    }

    /** True when the text is exactly in the NOMIS format, upper case, as stored in identifiers. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrisonNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "PrisonNumber[" + value.charAt(0) + "****" + "]";
    }
}
