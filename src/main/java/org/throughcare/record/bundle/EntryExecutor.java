package org.throughcare.record.bundle;

import java.util.Date;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.record.Patch;
import org.throughcare.record.RecordException;
import org.throughcare.record.StoredResource;
import org.throughcare.record.WriteResult;
import org.throughcare.record.access.GuardedReads;
import org.throughcare.record.patch.Patcher;
import org.throughcare.record.store.ResourceJson;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;
import org.throughcare.record.validation.ResourceValidator;
import org.throughcare.record.validation.ValidResource;
import org.throughcare.record.write.ResourceWriter;
import org.throughcare.record.write.WriteContext;

/** Carries out one planned entry inside the caller's unit of work and describes the result. */
@Component
class EntryExecutor {

    private final ResourceWriter writer;
    private final ResourceTable table;
    private final ResourceJson json;
    private final Patcher patcher;
    private final ResourceValidator validator;
    private final GuardedReads reads;

    EntryExecutor(
            ResourceWriter writer,
            ResourceTable table,
            ResourceJson json,
            Patcher patcher,
            ResourceValidator validator,
            GuardedReads reads) {
        this.writer = writer;
        this.table = table;
        this.json = json;
        this.patcher = patcher;
        this.validator = validator;
        this.reads = reads;
    }

    BundleEntryComponent execute(EntryPlan plan, WriteContext context) {
        EntryRequest entry = plan.request();
        return switch (entry.method()) {
            case POST ->
                plan.existing() != null
                        ? written(new WriteResult(plan.existing(), WriteResult.Outcome.UNCHANGED))
                        : written(writer.create(withId(plan.valid(), plan.id()), context));
            case PUT -> written(writer.put(plan.valid(), plan.id(), entry.ifMatch(), context));
            case PATCH -> written(patch(plan, context));
            case DELETE ->
                plan.id() == null
                        ? nothingDeleted()
                        : deleted(writer.delete(entry.type(), plan.id(), entry.ifMatch(), context));
            default -> read(entry);
        };
    }

    private WriteResult patch(EntryPlan plan, WriteContext context) {
        EntryRequest entry = plan.request();
        ResourceRow current = table.currentForUpdate(entry.type(), plan.id())
                .filter(row -> !row.deleted())
                .orElseThrow(() -> RecordException.notFound(plan.reference()));
        if (entry.ifMatch() != null && entry.ifMatch() != current.version()) {
            throw RecordException.versionConflict(plan.reference(), entry.ifMatch(), current.version());
        }
        Resource patched = patcher.apply(json.parse(current.json()), patchOf(entry.resource()));
        return writer.put(validator.validate(patched), plan.id(), current.version(), context);
    }

    private static Patch patchOf(Resource resource) {
        if (resource instanceof Parameters parameters) {
            return new Patch.FhirPathPatch(parameters);
        }
        if (resource instanceof Binary binary && "application/json-patch+json".equals(binary.getContentType())) {
            return new Patch.JsonPatch(new String(binary.getData(), java.nio.charset.StandardCharsets.UTF_8));
        }
        throw RecordException.invalid("A PATCH entry must hold a Parameters (FHIRPath Patch) or a JSON Patch Binary");
    }

    private BundleEntryComponent read(EntryRequest entry) {
        if (entry.id() == null) {
            throw new RecordException(
                    RecordException.Kind.NOT_SUPPORTED,
                    "not-supported",
                    "Searches inside a Bundle are not supported yet");
        }
        StoredResource stored = entry.version() == null
                ? reads.current(entry.type(), entry.id())
                : reads.version(entry.type(), entry.id(), entry.version());
        BundleEntryComponent response = response(stored, "200 OK");
        response.setResource(json.parse(stored.json()));
        return response;
    }

    private static ValidResource withId(ValidResource valid, String id) {
        valid.resource().setId(id);
        return valid;
    }

    private static BundleEntryComponent written(WriteResult result) {
        String status =
                switch (result.outcome()) {
                    case CREATED -> "201 Created";
                    default -> "200 OK";
                };
        BundleEntryComponent response = response(result.resource(), status);
        response.getResponse().setLocation(result.resource().versionedReference());
        return response;
    }

    private static BundleEntryComponent deleted(WriteResult result) {
        return result.outcome() == WriteResult.Outcome.DELETED
                ? response(result.resource(), "204 No Content")
                : nothingDeleted();
    }

    private static BundleEntryComponent nothingDeleted() {
        BundleEntryComponent response = new BundleEntryComponent();
        response.getResponse().setStatus("204 No Content");
        return response;
    }

    private static BundleEntryComponent response(StoredResource stored, String status) {
        BundleEntryComponent response = new BundleEntryComponent();
        Bundle.BundleEntryResponseComponent answer = response.getResponse().setStatus(status);
        answer.setEtag("W/\"" + stored.version() + "\"");
        if (stored.lastUpdated() != null) {
            answer.setLastModified(Date.from(stored.lastUpdated()));
        }
        return response;
    }
}
