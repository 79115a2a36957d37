package org.throughcare.record.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;

/**
 * Validates every resource before it is stored: base R4 structure and cardinality, codes bound as
 * required, error-level invariants, and our identifier rules. Built from the R4 StructureDefinitions
 * rather than HAPI's instance validator, which costs about 15 ms a resource on our hardware and
 * would cap writes below the throughput we need (ADR 0010).
 */
@Component
public class ResourceValidator {

    private static final Logger log = LoggerFactory.getLogger(ResourceValidator.class);

    /**
     * The R4 definitions take seconds to load, so they load on a thread of their own from the
     * moment the application starts: start-up does not wait for them, only a write that comes
     * before they are ready does.
     */
    private final CompletableFuture<StructureRules> rules;

    private final RequiredBindings bindings;

    public ResourceValidator(FhirContext fhirContext) {
        IValidationSupport definitions = fhirContext.getValidationSupport();
        ValidationSupportChain terminology = new ValidationSupportChain(
                definitions,
                new MediaTypes(fhirContext),
                new CommonCodeSystemsTerminologyService(fhirContext),
                new InMemoryTerminologyServerValidationSupport(fhirContext));
        this.bindings = new RequiredBindings(terminology);
        this.rules = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("validator-warm-up").start(() -> {
            long started = System.nanoTime();
            try {
                rules.complete(new StructureRules(fhirContext, definitions));
                warmUp();
                log.info("Validator ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                rules.completeExceptionally(e);
                log.error("The R4 definitions could not be loaded: every write will be refused", e);
            }
        });
    }

    /** Every problem with the resource; empty when it may be stored. */
    public List<Issue> check(Resource resource) {
        List<Issue> issues = new ArrayList<>();
        new StructureWalk(rules.join(), bindings, issues).resource(resource, resource.fhirType());
        return issues;
    }

    /** The resource, validated; refused (422, naming each element at fault) unless it is valid. */
    public ValidResource validate(Resource resource) {
        List<Issue> issues = new ArrayList<>();
        StructureWalk walk = new StructureWalk(rules.join(), bindings, issues);
        walk.resource(resource, resource.fhirType());
        if (!issues.isEmpty()) {
            throw new RecordException(RecordException.Kind.UNPROCESSABLE, issues);
        }
        return new ValidResource(resource, walk.references());
    }

    /** Loads the terminology (required value sets) that the first write would otherwise wait for. */
    private void warmUp() {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.getCode().setText("warm-up");
        check(observation);
    }
}
