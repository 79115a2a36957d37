package org.throughcare.record.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;
import org.throughcare.record.SearchRequest;
import org.throughcare.record.index.SearchParameter;
import org.throughcare.record.index.SearchParameterRegistry;

/**
 * Reads a search request into criteria, sort keys, includes and paging. Unknown parameters are
 * ignored with a warning, or refused under strict handling; a known parameter with a modifier we do
 * not support, or a malformed value, is always refused (FHIR R4 search 3.1.1.3).
 */
@Component
class SearchParser {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 1000;

    /** Parameters that shape the answer rather than select resources; the REST layer handles the rest. */
    private static final Set<String> RESULT_PARAMETERS = Set.of("_summary", "_elements", "_format", "_pretty");

    private final SearchParameterRegistry registry;
    private final CriterionParser criteria;

    SearchParser(SearchParameterRegistry registry, CriterionParser criteria) {
        this.registry = registry;
        this.criteria = criteria;
    }

    ParsedSearch parse(SearchRequest request) {
        State state = new State(request.type());
        if (request.compartmentPatient() != null) {
            state.criteria.add(compartment(request.type(), request.compartmentPatient()));
        }
        for (SearchRequest.Parameter parameter : request.parameters()) {
            read(parameter, request.strict(), state);
        }
        return new ParsedSearch(
                request.type(),
                List.copyOf(state.criteria),
                List.copyOf(state.sort),
                List.copyOf(state.includes),
                List.copyOf(state.revincludes),
                state.count,
                state.total,
                state.countOnly,
                List.copyOf(state.warnings),
                state.query.toString(),
                PatientScope.of(request.type(), state.criteria, registry).orElse(null));
    }

    private void read(SearchRequest.Parameter parameter, boolean strict, State state) {
        String name = parameter.name();
        String value = parameter.value();
        if (RESULT_PARAMETERS.contains(name)) {
            if (name.equals("_summary") && value.equals("count")) {
                state.countOnly = true;
                state.use(name, value);
            }
            return;
        }
        switch (name) {
            case "_count" -> state.count = count(value);
            case "_total" -> state.total = total(value);
            case "_sort" -> state.sort.addAll(SortParser.parse(registry, state.type, value));
            case "_include", "_include:iterate" ->
                state.includes.add(IncludeParser.include(registry, value, name.endsWith(":iterate")));
            case "_revinclude", "_revinclude:iterate" ->
                state.revincludes.add(IncludeParser.revinclude(registry, state.type, value, name.endsWith(":iterate")));
            default -> {
                var criterion = criteria.parse(state.type, name, value);
                if (criterion.isEmpty()) {
                    unknown(name, strict, state);
                    return;
                }
                state.criteria.add(criterion.get());
                if (criterion.get() instanceof Criterion.Param param
                        && !param.parameter().ready()) {
                    state.warnings.add(new Issue(
                            Issue.Severity.WARNING,
                            "incomplete",
                            "The index for '" + name
                                    + "' is still being built; resources written before it was defined may be missing",
                            null));
                }
            }
        }
        state.use(name, value);
    }

    private static void unknown(String name, boolean strict, State state) {
        String message = "The search parameter '" + name + "' is not known for " + state.type + " and was ignored";
        if (strict) {
            throw RecordException.invalid("The search parameter '" + name + "' is not known for " + state.type);
        }
        state.warnings.add(new Issue(Issue.Severity.WARNING, "not-supported", message, null));
    }

    private Criterion compartment(String type, String patientId) {
        List<SearchParameter> parameters = registry.patientCompartmentParameters(type);
        if (parameters.isEmpty() && !type.equals("Patient")) {
            throw RecordException.invalid(type + " is not in the Patient compartment");
        }
        return new Criterion.Compartment(parameters, patientId);
    }

    private static int count(String value) {
        try {
            int count = Integer.parseInt(value.trim());
            if (count < 0) {
                throw RecordException.invalid("_count must not be negative");
            }
            return Math.min(count, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw RecordException.invalid("_count must be a whole number");
        }
    }

    private static ParsedSearch.Total total(String value) {
        return switch (value) {
            case "none" -> ParsedSearch.Total.NONE;
            case "estimate" -> ParsedSearch.Total.ESTIMATE;
            case "accurate" -> ParsedSearch.Total.ACCURATE;
            default -> throw RecordException.invalid("_total must be none, estimate or accurate");
        };
    }

    /** What has been read so far. */
    private static final class State {
        final String type;
        final List<Criterion> criteria = new ArrayList<>();
        final List<SortKey> sort = new ArrayList<>();
        final List<Include> includes = new ArrayList<>();
        final List<Include> revincludes = new ArrayList<>();
        final List<Issue> warnings = new ArrayList<>();
        final StringBuilder query = new StringBuilder();
        int count = DEFAULT_COUNT;
        ParsedSearch.Total total = ParsedSearch.Total.DEFAULT;
        boolean countOnly;

        State(String type) {
            this.type = type;
        }

        void use(String name, String value) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(QueryText.encode(name)).append('=').append(QueryText.encode(value));
        }
    }
}
