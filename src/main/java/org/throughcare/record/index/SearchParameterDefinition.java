package org.throughcare.record.index;

import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.Set;

/**
 * A search parameter as defined: from the base R4 specification, from Throughcare itself, or from
 * a SearchParameter resource.
 */
record SearchParameterDefinition(
        String resourceType,
        String name,
        RestSearchParameterTypeEnum type,
        String expression,
        Set<String> compartments,
        Set<String> targets,
        boolean custom) {

    String qualifiedName() {
        return resourceType + "." + name;
    }

    static SearchParameterDefinition of(String resourceType, RuntimeSearchParam parameter) {
        return new SearchParameterDefinition(
                resourceType,
                parameter.getName(),
                parameter.getParamType(),
                parameter.getPath() == null ? "" : parameter.getPath(),
                parameter.getProvidesMembershipInCompartments() == null
                        ? Set.of()
                        : Set.copyOf(parameter.getProvidesMembershipInCompartments()),
                Set.copyOf(parameter.getTargets()),
                false);
    }
}
