package org.throughcare.record.index;

import java.math.BigDecimal;
import java.time.Instant;

/** One value a search parameter extracted from a resource, ready for its index table. */
public sealed interface IndexEntry {

    int spId();

    /** A coded value: Coding, CodeableConcept, Identifier, code, boolean, ContactPoint. */
    record Token(int spId, String system, String code) implements IndexEntry {}

    /** A text value, matched by starts-with on its normalised form by default. */
    record Text(int spId, String value) implements IndexEntry {}

    /** A date or time as the range of instants it covers, both ends inclusive. */
    record DateRange(int spId, Instant low, Instant high) implements IndexEntry {}

    /** A number. */
    record Number(int spId, BigDecimal value) implements IndexEntry {}

    /** A quantity with its unit system and code where given. */
    record Quantity(int spId, BigDecimal value, String system, String code) implements IndexEntry {}

    /**
     * A reference. {@code targetType} and {@code targetId} name a resource in this store; an
     * absolute URL or canonical is kept whole in {@code targetId} with a null type.
     */
    record Reference(int spId, String targetType, String targetId) implements IndexEntry {}

    /** A URI or canonical URL. */
    record Uri(int spId, String uri) implements IndexEntry {}
}
