package org.throughcare.shared;

import java.util.Objects;

/**
 * A ten-digit NHS number whose last digit is a valid modulus-11 check digit (NHS Data Dictionary).
 *
 * <p>Made only through {@link #of(String)}, so holding one means the number is well formed. The
 * value is patient data: {@link #toString()} masks it so it cannot leak into logs by accident.
 */
public final class NhsNumber {

    /** The FHIR identifier system for NHS numbers in England and Wales. */
    public static final String SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    private final String value;

    private NhsNumber(String value) {
        this.value = value;
    }

    /** Parses ten digits, allowing the spaces people type in "943 476 5919". */
    public static NhsNumber of(String text) {
        String digits = text == null ? "" : text.replace(" ", "");
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a valid NHS number (ten digits with a modulus-11 check digit)");
        }
        return new NhsNumber(digits);
    }

    /** True when the text is exactly ten digits and the tenth is the modulus-11 check digit. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        // A check digit of 10 means no valid NHS number has these first nine digits.
        return check != 10 && check == digits.charAt(9) - '0';
    }

    public String value() {
        return value;
    }

    /** As people read it, in groups of 3, 3 and 4 ("943 476 5919"), as the NHS number standard shows it. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NhsNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "NhsNumber[***" + value.substring(7) + "]";
    }
}
