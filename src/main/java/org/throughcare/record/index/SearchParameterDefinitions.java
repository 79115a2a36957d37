package org.throughcare.record.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Every search parameter the store knows: the base R4 ones from HAPI's model, and Throughcare's own
 * (NHS number and prison number, so reception can find a patient by either without spelling out
 * the identifier system).
 */
final class SearchParameterDefinitions {

    private static final List<SearchParameterDefinition> OURS = List.of(
            token("Patient", "nhs-number", "Patient.identifier.where(system='" + NhsNumber.SYSTEM + "')"),
            token("Patient", "prison-number", "Patient.identifier.where(system='" + PrisonNumber.SYSTEM + "')"));

    private final FhirContext fhirContext;

    SearchParameterDefinitions(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    List<SearchParameterDefinition> forType(String resourceType) {
        List<SearchParameterDefinition> definitions = new ArrayList<>();
        fhirContext
                .getResourceDefinition(resourceType)
                .getSearchParams()
                .forEach(parameter -> definitions.add(SearchParameterDefinition.of(resourceType, parameter)));
        OURS.stream().filter(ours -> ours.resourceType().equals(resourceType)).forEach(definitions::add);
        return definitions;
    }

    List<SearchParameterDefinition> all() {
        List<SearchParameterDefinition> all = new ArrayList<>();
        fhirContext.getResourceTypes().forEach(type -> all.addAll(forType(type)));
        return all;
    }

    private static SearchParameterDefinition token(String resourceType, String name, String expression) {
        return new SearchParameterDefinition(
                resourceType, name, RestSearchParameterTypeEnum.TOKEN, expression, Set.of(), Set.of(), false);
    }
}
