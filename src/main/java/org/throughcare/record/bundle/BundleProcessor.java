package org.throughcare.record.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;
import org.throughcare.record.ResourceTypes;
import org.throughcare.record.store.ResourceTable;
import org.throughcare.record.validation.ResourceValidator;
import org.throughcare.record.validation.ValidResource;
import org.throughcare.record.write.ReferenceResolver;
import org.throughcare.record.write.ResourceWriter;
import org.throughcare.record.write.UnitOfWork;
import org.throughcare.record.write.WriteContext;

/**
 * Transaction and batch Bundles. A transaction is one database transaction: entries are resolved,
 * references rewritten, then processed in the order the specification gives (DELETE, POST,
 * PUT/PATCH, GET); if any entry fails, nothing is stored. A batch runs each entry on its own.
 */
@Component
public class BundleProcessor {

    private final ResourceTypes types;
    private final ResourceValidator validator;
    private final UnitOfWork unitOfWork;
    private final EntryPlanner planner;
    private final ReferenceRewriter rewriter;
    private final EntryExecutor executor;
    private final ResourceTable table;
    private final ReferenceResolver resolver;
    private final ResourceWriter writer;

    BundleProcessor(
            ResourceTypes types,
            ResourceValidator validator,
            UnitOfWork unitOfWork,
            EntryPlanner planner,
            ReferenceRewriter rewriter,
            EntryExecutor executor,
            ResourceTable table,
            ReferenceResolver resolver,
            ResourceWriter writer) {
        this.types = types;
        this.validator = validator;
        this.unitOfWork = unitOfWork;
        this.planner = planner;
        this.rewriter = rewriter;
        this.executor = executor;
        this.table = table;
        this.resolver = resolver;
        this.writer = writer;
    }

    public Bundle transaction(Bundle bundle) {
        List<EntryRequest> entries = EntryRequests.parse(bundle, types);
        Map<Integer, ValidResource> valid = validateAll(entries);
        List<Runnable> referencesAsSent = referencesAsSent(valid.values());
        BundleEntryComponent[] responses = unitOfWork.run(context -> {
            // A transaction that lost a race is run again with new ids for its new entries, so each
            // attempt rewrites the references between entries from what the client sent.
            referencesAsSent.forEach(Runnable::run);
            return runTransaction(entries, valid, context);
        });
        return response(Bundle.BundleType.TRANSACTIONRESPONSE, List.of(responses));
    }

    /** For each reference in the resources, a step that puts back its value as sent. */
    private static List<Runnable> referencesAsSent(java.util.Collection<ValidResource> resources) {
        List<Runnable> restore = new ArrayList<>();
        for (ValidResource resource : resources) {
            for (ValidResource.ReferenceAt at : resource.references()) {
                String sent = at.reference().getReference();
                restore.add(() -> at.reference().setReference(sent));
            }
        }
        return restore;
    }

    public Bundle batch(Bundle bundle) {
        List<BundleEntryComponent> responses = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            responses.add(batchEntry(bundle.getEntry().get(i), i));
        }
        return response(Bundle.BundleType.BATCHRESPONSE, responses);
    }

    private BundleEntryComponent[] runTransaction(
            List<EntryRequest> entries, Map<Integer, ValidResource> valid, WriteContext context) {
        Iterator<Long> keys = table.nextKeys(valid.size()).iterator();
        List<EntryPlan> plans = new ArrayList<>();
        for (EntryRequest entry : entries) {
            plans.add(atEntry(entry, () -> planner.plan(entry, valid.get(entry.index()), context, keys)));
        }
        refuseOverlaps(plans);
        Map<String, String> references = fullUrls(plans);
        for (EntryPlan plan : plans) {
            if (plan.valid() != null) {
                atEntry(plan.request(), () -> {
                    rewriter.rewrite(plan.valid(), references);
                    return null;
                });
            }
        }
        resolver.preload(valid.values(), context);
        BundleEntryComponent[] responses = new BundleEntryComponent[entries.size()];
        List<EntryPlan> ordered = plans.stream()
                .sorted(Comparator.comparingInt(plan -> plan.request().order()))
                .toList();
        for (EntryPlan plan : ordered) {
            if (plan.request().method() == Bundle.HTTPVerb.GET) {
                // Reads come last and must see the writes: store what is pending first.
                writer.flush(context);
            }
            responses[plan.request().index()] = atEntry(plan.request(), () -> executor.execute(plan, context));
        }
        return responses;
    }

    private BundleEntryComponent batchEntry(BundleEntryComponent entry, int index) {
        try {
            EntryRequest request = EntryRequests.parse(entry, index, types);
            ValidResource valid = validate(request);
            return unitOfWork.run(context -> atEntry(request, () -> {
                Iterator<Long> keys = table.nextKeys(valid == null ? 0 : 1).iterator();
                EntryPlan plan = planner.plan(request, valid, context, keys);
                if (valid != null) {
                    rewriter.rewrite(valid, new HashMap<>());
                }
                return executor.execute(plan, context);
            }));
        } catch (RecordException e) {
            return BatchFailures.entry(e);
        }
    }

    /** Validates every POST and PUT resource, reporting every entry's problems at once. */
    private Map<Integer, ValidResource> validateAll(List<EntryRequest> entries) {
        List<Issue> issues = new ArrayList<>();
        Map<Integer, ValidResource> valid = new HashMap<>();
        for (EntryRequest entry : entries) {
            try {
                ValidResource resource = validate(entry);
                if (resource != null) {
                    valid.put(entry.index(), resource);
                }
            } catch (RecordException e) {
                issues.addAll(EntryFailures.at(entry, e).issues());
            }
        }
        if (!issues.isEmpty()) {
            throw new RecordException(RecordException.Kind.UNPROCESSABLE, issues);
        }
        return valid;
    }

    private ValidResource validate(EntryRequest entry) {
        if (entry.resource() != null
                && (entry.method() == Bundle.HTTPVerb.POST || entry.method() == Bundle.HTTPVerb.PUT)) {
            if (entry.method() == Bundle.HTTPVerb.PUT && entry.id() != null) {
                String bodyId = entry.resource().getIdElement().getIdPart();
                if (bodyId != null && !bodyId.equals(entry.id())) {
                    throw EntryRequests.invalid(entry.location(), "has a resource id that differs from request.url");
                }
            }
            return validator.validate(entry.resource());
        }
        return null;
    }

    private static void refuseOverlaps(List<EntryPlan> plans) {
        Set<String> seen = new HashSet<>();
        for (EntryPlan plan : plans) {
            boolean writes = plan.request().method() != Bundle.HTTPVerb.GET && plan.existing() == null;
            if (writes && plan.id() != null && !seen.add(plan.reference())) {
                throw EntryRequests.invalid(
                        plan.request().location(),
                        "acts on " + plan.reference() + ", which another entry also changes");
            }
        }
    }

    private static Map<String, String> fullUrls(List<EntryPlan> plans) {
        Map<String, String> fullUrls = new HashMap<>();
        for (EntryPlan plan : plans) {
            if (plan.request().fullUrl() != null && plan.id() != null) {
                fullUrls.put(plan.request().fullUrl(), plan.reference());
            }
        }
        return fullUrls;
    }

    private static <T> T atEntry(EntryRequest entry, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RecordException e) {
            throw EntryFailures.at(entry, e);
        }
    }

    private static Bundle response(Bundle.BundleType type, List<BundleEntryComponent> entries) {
        Bundle response = new Bundle().setType(type);
        entries.forEach(response::addEntry);
        return response;
    }

    /** A failed batch entry: its status and an OperationOutcome, the others unaffected. */
    static final class BatchFailures {

        private BatchFailures() {}

        static BundleEntryComponent entry(RecordException failure) {
            BundleEntryComponent entry = new BundleEntryComponent();
            OperationOutcome outcome = new OperationOutcome();
            failure.issues().forEach(issue -> outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.PROCESSING)
                    .setDiagnostics(issue.diagnostics()));
            entry.getResponse().setStatus(BatchStatus.of(failure.kind())).setOutcome(outcome);
            return entry;
        }
    }
}
