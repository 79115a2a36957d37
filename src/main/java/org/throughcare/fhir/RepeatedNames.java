package org.throughcare.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a property named twice in one JSON object. HAPI's parser keeps the last of them and drops
 * the others without a word, so {@code "gender":"male","gender":"female"} would be stored as female:
 * such a body is refused instead (RFC 8259 leaves duplicate names to the receiver; FHIR's JSON has a
 * property at most once). Syntax errors are left to the FHIR parser, which reports them.
 */
final class RepeatedNames {

    private static final JsonFactory JSON = new JsonFactory();

    private RepeatedNames() {}

    /** Refuses a body that names a property twice in one object (400, nothing done). */
    static void refuse(String json) {
        first(json).ifPresent(name -> {
            throw FhirApiException.badRequest("The body names the property \""
                    + name.substring(0, Math.min(name.length(), 64)) + "\" twice in one object");
        });
    }

    /** The first name repeated within one object, or empty (also when the text is not JSON). */
    static Optional<String> first(String json) {
        Deque<Set<String>> objects = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case FIELD_NAME -> {
                        if (!objects.peek().add(parser.currentName())) {
                            return Optional.of(parser.currentName());
                        }
                    }
                    default -> {}
                }
            }
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
