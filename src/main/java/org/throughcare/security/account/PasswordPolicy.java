package org.throughcare.security.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NCSC password guidance: length over complexity rules, and no password that is common or built
 * from the user's own name. At least 12 characters, at most 128 (Argon2 cost grows with length).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "password1234",
            "password12345",
            "123456789012",
            "qwertyuiopas",
            "letmein12345",
            "welcome12345",
            "changeme1234",
            "iloveyou1234",
            "passw0rd1234",
            "administrator",
            "nhspassword1",
            "throughcare1");

    private PasswordPolicy() {}

    /** What is wrong with the password; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("is a commonly used password");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the user name");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("must use at least 5 different characters");
        }
        return problems;
    }
}
