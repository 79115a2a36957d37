package org.throughcare.record.index;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.SearchParameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.throughcare.record.RecordException;

/**
 * Applies SearchParameter resources: an active one with an expression becomes a custom search
 * parameter of each of its base types, indexed for new writes at once and for existing resources
 * by an online reindex; a retired one stops being offered. It may not redefine a base parameter.
 */
@Component
public class CustomSearchParameters {

    private static final Set<RestSearchParameterTypeEnum> INDEXABLE = Set.of(
            RestSearchParameterTypeEnum.TOKEN,
            RestSearchParameterTypeEnum.STRING,
            RestSearchParameterTypeEnum.DATE,
            RestSearchParameterTypeEnum.NUMBER,
            RestSearchParameterTypeEnum.QUANTITY,
            RestSearchParameterTypeEnum.REFERENCE,
            RestSearchParameterTypeEnum.URI);

    private final FhirContext fhirContext;
    private final SearchParameterRegistry registry;
    private final ReindexJobs reindex;

    CustomSearchParameters(FhirContext fhirContext, SearchParameterRegistry registry, ReindexJobs reindex) {
        this.fhirContext = fhirContext;
        this.registry = registry;
        this.reindex = reindex;
    }

    /** Called inside the transaction that writes the SearchParameter. */
    public void written(SearchParameter resource, Instant now) {
        if (!resource.hasCode() || !resource.hasType() || !resource.hasExpression()) {
            return;
        }
        RestSearchParameterTypeEnum type =
                RestSearchParameterTypeEnum.forCode(resource.getType().toCode());
        if (!INDEXABLE.contains(type)) {
            return;
        }
        for (CodeType base : resource.getBase()) {
            apply(resource, base.getValue(), type, now);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                registry.reload();
            }
        });
    }

    private void apply(SearchParameter resource, String base, RestSearchParameterTypeEnum type, Instant now) {
        if (!fhirContext.getResourceTypes().contains(base)) {
            throw unprocessable("SearchParameter.base " + base + " is not a resource type");
        }
        if (resource.getStatus() == Enumerations.PublicationStatus.RETIRED) {
            registry.retire(base, resource.getCode(), now);
            return;
        }
        SearchParameterDefinition definition = new SearchParameterDefinition(
                base, resource.getCode(), type, resource.getExpression(), Set.of(), Set.of(), true);
        try {
            registry.parse(definition);
            int spId = registry.define(definition, now);
            reindex.enqueue(base, List.of(spId));
        } catch (IllegalArgumentException e) {
            throw unprocessable("SearchParameter " + resource.getCode() + " on " + base
                    + " cannot be used: its expression does not compile, or it would redefine a base parameter");
        }
    }

    private static RecordException unprocessable(String diagnostics) {
        return new RecordException(RecordException.Kind.UNPROCESSABLE, "business-rule", diagnostics);
    }
}
