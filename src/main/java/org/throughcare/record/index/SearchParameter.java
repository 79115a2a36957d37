package org.throughcare.record.index;

import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.List;
import java.util.Set;

/**
 * A search parameter the store indexes.
 *
 * @param spId the key its index rows carry
 * @param resourceType the resource type it applies to
 * @param name the parameter name used in queries
 * @param type token, string, date, reference, ...
 * @param expression the FHIRPath expression that extracts its values
 * @param compiled the parsed branches of the expression (split at top-level unions), or null for
 *     parameters not extracted from the resource
 *     body (_id, _lastUpdated, composites)
 * @param compartments the compartments (Patient, Practitioner, ...) this parameter's references
 *     make a resource a member of
 * @param targets the resource types a reference parameter may point at (empty: any)
 * @param ready false while an online reindex is still indexing existing resources for it
 */
public record SearchParameter(
        int spId,
        String resourceType,
        String name,
        RestSearchParameterTypeEnum type,
        String expression,
        List<IFhirPath.IParsedExpression> compiled,
        Set<String> compartments,
        Set<String> targets,
        boolean ready) {

    public boolean definesPatientCompartment() {
        return compartments.contains("Patient");
    }
}
