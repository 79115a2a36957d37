package org.throughcare.record.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.throughcare.record.index.SearchParameterRegistry;

/**
 * Finds the one patient a search is about, when one of its criteria says so through the type's
 * primary patient reference ({@code Observation?patient=123}, {@code subject=Patient/123}). Every
 * resource matching such a criterion is stored under that patient, so the whole query can be kept
 * to that patient's rows.
 */
final class PatientScope {

    private static final Pattern PATIENT = Pattern.compile("(?:.*/)?Patient/([A-Za-z0-9\\-.]{1,64})");

    private PatientScope() {}

    static Optional<String> of(String type, List<Criterion> criteria, SearchParameterRegistry registry) {
        Set<String> scoping = registry.patientScopingParameters(type);
        for (Criterion criterion : criteria) {
            if (criterion instanceof Criterion.Param param
                    && scoping.contains(param.parameter().name())
                    && param.values().size() == 1) {
                Optional<String> patient = patientOf(param);
                if (patient.isPresent()) {
                    return patient;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> patientOf(Criterion.Param param) {
        String value = SearchQueryParser.unescape(param.values().getFirst());
        Matcher typed = PATIENT.matcher(value);
        if (typed.matches()) {
            return Optional.of(typed.group(1));
        }
        boolean onlyPatients = "Patient".equals(param.modifier())
                || (param.modifier() == null && param.parameter().targets().equals(Set.of("Patient")));
        return onlyPatients && !value.contains("/") ? Optional.of(value) : Optional.empty();
    }
}
