package org.throughcare.record.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative literal reference to a resource in this store: {@code Type/id} or {@code
 * Type/id/_history/n}. Absolute URLs, URNs and contained ("#") references are not local.
 */
public record LocalReference(String type, String id) {

    private static final Pattern RELATIVE =
            Pattern.compile("([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})(/_history/[A-Za-z0-9\\-.]{1,64})?");

    public static Optional<LocalReference> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher matcher = RELATIVE.matcher(reference);
        return matcher.matches()
                ? Optional.of(new LocalReference(matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
