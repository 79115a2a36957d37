package org.throughcare.bench.data;

import java.util.concurrent.atomic.AtomicLong;

/**
 * NHS numbers with a valid modulus-11 check digit, taken in sequence from a nine-digit start so
 * that numbers in one data set never repeat. Synthetic data uses the 999 range, which the NHS
 * keeps for testing.
 */
public final class NhsNumbers {

    public static final String SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    private final AtomicLong next;

    public NhsNumbers(long firstNineDigits) {
        this.next = new AtomicLong(firstNineDigits);
    }

    /** The next valid NHS number; nine-digit bodies whose check digit would be 10 are skipped. */
    public String next() {
        while (true) {
            long body = next.getAndIncrement();
            int check = checkDigit(body);
            if (check < 10) {
                return String.format("%09d%d", body, check);
            }
        }
    }

    /** The modulus-11 check digit of a nine-digit body: 0-9, or 10 when the body cannot be used. */
    static int checkDigit(long body) {
        String digits = String.format("%09d", body);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{10}")) {
            return false;
        }
        int check = checkDigit(Long.parseLong(number.substring(0, 9)));
        return check < 10 && check == number.charAt(9) - '0';
    }
}
