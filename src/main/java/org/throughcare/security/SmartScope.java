package org.throughcare.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART on FHIR resource scope: {@code context/Type.permissions}, such as {@code
 * system/Patient.rs} or {@code user/*.cruds}. SMART v2 permissions are letters in the order c, r, u,
 * d, s; SMART v1 {@code read}, {@code write} and {@code *} are read as {@code rs}, {@code cud} and
 * {@code cruds}. A v2 scope with a query ({@code ?category=...}) is kept but grants nothing, as
 * such constraints are not enforced yet.
 *
 * @param context patient, user or system
 * @param type a resource type, or {@code *} for all
 * @param permissions the permission letters, in canonical order
 * @param constrained true when the scope carries a query constraint
 */
public record SmartScope(String context, String type, String permissions, boolean constrained) {

    private static final Pattern SCOPE =
            Pattern.compile("(patient|user|system)/(\\*|[A-Z][A-Za-z]{1,63})\\.([a-z*]+)(\\?.+)?");
    private static final String ORDER = "cruds";

    /** The scope, or empty when the text is not a well-formed resource scope. */
    public static Optional<SmartScope> parse(String text) {
        Matcher matcher = SCOPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return permissions(matcher.group(3))
                .map(letters -> new SmartScope(matcher.group(1), matcher.group(2), letters, matcher.group(4) != null));
    }

    private static Optional<String> permissions(String text) {
        return switch (text) {
            case "read" -> Optional.of("rs");
            case "write" -> Optional.of("cud");
            case "*" -> Optional.of(ORDER);
            default -> v2Letters(text);
        };
    }

    /** Letters from c, r, u, d, s, each at most once and in that order. */
    private static Optional<String> v2Letters(String text) {
        int position = 0;
        for (char letter : text.toCharArray()) {
            int index = ORDER.indexOf(letter, position);
            if (index < 0) {
                return Optional.empty();
            }
            position = index + 1;
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** True when this scope grants {@code permission} on {@code type} in {@code context}. */
    public boolean grants(String context, String type, char permission) {
        return !constrained
                && this.context.equals(context)
                && (this.type.equals("*") || this.type.equals(type))
                && permissions.indexOf(permission) >= 0;
    }

    /** True when everything {@code narrower} grants, this grants too. */
    public boolean covers(SmartScope narrower) {
        if (constrained || narrower.constrained || !context.equals(narrower.context)) {
            return false;
        }
        if (!type.equals("*") && !type.equals(narrower.type)) {
            return false;
        }
        return narrower.permissions.chars().allMatch(letter -> permissions.indexOf(letter) >= 0);
    }
}
