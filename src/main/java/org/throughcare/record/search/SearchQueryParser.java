package org.throughcare.record.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.record.RecordException;

/**
 * Splits a search query string ({@code identifier=a|b&name:exact=Smith}) into clauses, honouring
 * the FHIR escapes {@code \,} {@code \|} {@code \$} and {@code \\} inside values.
 */
public final class SearchQueryParser {

    private SearchQueryParser() {}

    public static List<SearchClause> parse(String query) {
        List<SearchClause> clauses = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return clauses;
        }
        for (String part : query.split("&")) {
            if (!part.isEmpty()) {
                clauses.add(clause(part));
            }
        }
        return clauses;
    }

    private static SearchClause clause(String part) {
        int equals = part.indexOf('=');
        if (equals <= 0) {
            throw RecordException.invalid("Search parameter '" + decode(part) + "' has no value");
        }
        String key = decode(part.substring(0, equals));
        String value = decode(part.substring(equals + 1));
        int colon = key.indexOf(':');
        String name = colon < 0 ? key : key.substring(0, colon);
        String modifier = colon < 0 ? null : key.substring(colon + 1);
        return new SearchClause(name, modifier, splitUnescaped(value, ','));
    }

    /** Splits on a separator not preceded by a backslash; escapes stay for the next split. */
    public static List<String> splitUnescaped(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Removes FHIR search escapes from a single value. */
    public static String unescape(String value) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                plain.append(value.charAt(++i));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RecordException.invalid("Search query is not correctly URL-encoded");
        }
    }
}
