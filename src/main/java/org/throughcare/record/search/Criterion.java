package org.throughcare.record.search;

import java.util.List;
import java.util.Map;
import org.throughcare.record.index.SearchParameter;

/** One condition a matching resource must meet; the conditions of a search are ANDed. */
sealed interface Criterion {

    /** A search parameter with an optional modifier; its values are ORed. */
    record Param(SearchParameter parameter, String modifier, List<String> values) implements Criterion {}

    /** {@code _id}: the logical id is one of these. */
    record Id(List<String> ids) implements Criterion {}

    /** {@code _lastUpdated}: the version's timestamp against prefixed dates, ORed. */
    record LastUpdated(List<DateValue> values) implements Criterion {}

    /**
     * A chained parameter ({@code subject:Patient.name=Smith}): a reference whose target meets a
     * condition, given per possible target type.
     */
    record Chain(SearchParameter reference, Map<String, Criterion> targetConditions) implements Criterion {}

    /** Reverse chaining ({@code _has:Observation:patient:code=...}). */
    record Has(String sourceType, SearchParameter reference, Criterion sourceCondition) implements Criterion {}

    /** A compartment search: any of these reference parameters points at the patient. */
    record Compartment(List<SearchParameter> parameters, String patientId) implements Criterion {}
}
