package org.throughcare.custody;

import java.util.Arrays;
import java.util.Optional;

/** A value with a code in one of our FHIR CodeSystems. */
public interface Coded {

    /** A code, its CodeSystem and its display text. */
    record Concept(String system, String code, String display) {}

    Concept concept();

    default String code() {
        return concept().code();
    }

    default String display() {
        return concept().display();
    }

    default String system() {
        return concept().system();
    }

    /** The constant of an enum of coded values with this code, if any. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.code().equals(code))
                .findFirst();
    }

    /** As {@link #find}, refusing an unknown code with a message naming the field and the codes allowed. */
    static <E extends Enum<E> & Coded> E require(Class<E> type, String code, String field) {
        return find(type, code)
                .orElseThrow(() -> new IllegalArgumentException(field + " must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Coded::code)
                                .toList()));
    }
}
