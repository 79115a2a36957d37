package org.throughcare.record.index;

import ca.uhn.fhir.fhirpath.IFhirPath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Extracts the values of every search parameter of a resource's type, by evaluating each branch of
 * each parameter's FHIRPath expression once and turning what it finds into index entries. An
 * expression the engine cannot evaluate on some resource leaves that value unindexed (and is logged
 * once, by parameter name); it never stops a clinical fact being stored.
 */
@Component
public class IndexExtractor {

    private static final Logger log = LoggerFactory.getLogger(IndexExtractor.class);

    private final SearchParameterRegistry registry;
    private final IFhirPath fhirPath;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public IndexExtractor(SearchParameterRegistry registry, IndexFhirPath indexFhirPath) {
        this.registry = registry;
        this.fhirPath = indexFhirPath.engine();
    }

    public List<IndexEntry> extract(Resource resource) {
        // A set: a code's display often repeats the concept's text, and repeated rows only cost space.
        Set<IndexEntry> entries = new LinkedHashSet<>();
        for (SearchParameter parameter : registry.forType(resource.fhirType()).values()) {
            if (parameter.compiled() != null) {
                for (IFhirPath.IParsedExpression branch : parameter.compiled()) {
                    evaluate(resource, parameter, branch, entries);
                }
            }
        }
        return List.copyOf(entries);
    }

    private void evaluate(
            Resource resource, SearchParameter parameter, IFhirPath.IParsedExpression branch, Set<IndexEntry> entries) {
        try {
            for (IBase value : fhirPath.evaluate(resource, branch, IBase.class)) {
                IndexValues.addTo(entries, parameter, value);
            }
        } catch (RuntimeException e) {
            String name = parameter.resourceType() + "." + parameter.name();
            if (reported.add(name)) {
                log.warn(
                        "Search parameter {} could not be evaluated ({}); such values are not indexed",
                        name,
                        e.getClass().getSimpleName());
            }
        }
    }
}
