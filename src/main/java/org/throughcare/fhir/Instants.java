package org.throughcare.fhir;

import java.time.Instant;
import org.hl7.fhir.r4.model.InstantType;

/** Reads instant parameters such as {@code _since}; a malformed one is a bad request. */
final class Instants {

    private Instants() {}

    static Instant parse(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            // An unescaped '+' in the zone arrives as a space after form decoding.
            return new InstantType(value.replace(' ', '+')).getValue().toInstant();
        } catch (RuntimeException e) {
            throw FhirApiException.badRequest(name + " must be an instant such as 2024-01-31T09:00:00Z");
        }
    }
}
