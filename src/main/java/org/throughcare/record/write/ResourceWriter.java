package org.throughcare.record.write;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;
import org.springframework.stereotype.Component;
import org.throughcare.record.Interaction;
import org.throughcare.record.RecordAccess;
import org.throughcare.record.RecordException;
import org.throughcare.record.StoredResource;
import org.throughcare.record.WriteResult;
import org.throughcare.record.access.GuardedWrites;
import org.throughcare.record.index.CustomSearchParameters;
import org.throughcare.record.index.IndexEntry;
import org.throughcare.record.index.IndexExtractor;
import org.throughcare.record.index.IndexTables;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.index.ResourceIndex;
import org.throughcare.record.store.ResourceJson;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;
import org.throughcare.record.validation.ValidResource;

/**
 * The one path by which resource versions are written: it stamps the version, checks references,
 * works out the patient compartment, stores the JSON and replaces the search index rows. Every
 * method runs inside the caller's database transaction; {@link #flush} ends a unit of work.
 */
@Component
public class ResourceWriter {

    private final ResourceTable table;
    private final IndexTables indexTables;
    private final IndexExtractor extractor;
    private final ReferenceResolver references;
    private final Compartments compartments;
    private final ResourceJson json;
    private final DeleteGuard deleteGuard;
    private final CustomSearchParameters customParameters;
    private final GuardedWrites guarded;

    ResourceWriter(
            ResourceTable table,
            IndexTables indexTables,
            IndexExtractor extractor,
            ReferenceResolver references,
            Compartments compartments,
            ResourceJson json,
            DeleteGuard deleteGuard,
            CustomSearchParameters customParameters,
            GuardedWrites guarded) {
        this.table = table;
        this.indexTables = indexTables;
        this.extractor = extractor;
        this.references = references;
        this.compartments = compartments;
        this.json = json;
        this.deleteGuard = deleteGuard;
        this.customParameters = customParameters;
        this.guarded = guarded;
    }

    /**
     * Creates a resource with a new server-assigned id (or the id it carries, as when a client
     * updates a resource that does not exist yet), using a key reserved in the context if any.
     */
    public WriteResult create(ValidResource valid, WriteContext context) {
        Resource resource = valid.resource();
        RecordAccess access = guarded.open(Interaction.CREATE, resource.fhirType());
        String id = resource.hasIdElement() && resource.getIdElement().hasIdPart()
                ? resource.getIdElement().getIdPart()
                : ResourceIds.newId(context.now());
        LocalReference reference = new LocalReference(resource.fhirType(), id);
        Long reservedKey = context.reservedKey(reference);
        long resPk = reservedKey != null ? reservedKey : table.nextKey();
        ResourceRow row = write(valid, id, resPk, 1, context);
        // Inserted with the rest of the unit of work's new resources when it is flushed.
        context.addCreated(row);
        context.resolved(reference, resPk);
        guarded.written(access, Interaction.CREATE, null, row, resource, context.unflushedPatientId(row.patientPk()));
        return new WriteResult(row.toStored(), WriteResult.Outcome.CREATED);
    }

    /** Updates a resource, or creates it with the client's id when it never existed. */
    public WriteResult put(ValidResource valid, String id, Integer ifMatch, WriteContext context) {
        Resource resource = valid.resource();
        Optional<ResourceRow> current = table.currentForUpdate(resource.fhirType(), id);
        RecordAccess access = current.isEmpty() ? null : guarded.open(Interaction.UPDATE, resource.fhirType());
        current.ifPresent(existing -> guarded.checkExisting(access, Interaction.UPDATE, existing));
        checkPrecondition(resource.fhirType() + "/" + id, current, ifMatch);
        if (current.isEmpty()) {
            resource.setId(id);
            return create(valid, context);
        }
        ResourceRow existing = current.get();
        if (!existing.deleted() && unchanged(existing, resource)) {
            return new WriteResult(existing.toStored(), WriteResult.Outcome.UNCHANGED);
        }
        ResourceRow row = write(valid, id, existing.resPk(), existing.version() + 1, context);
        table.supersede(row);
        indexTables.remove(List.of(existing.resPk()));
        context.resolved(new LocalReference(row.type(), id), row.resPk());
        guarded.written(
                access,
                Interaction.UPDATE,
                existing.patientPk(),
                row,
                resource,
                context.unflushedPatientId(row.patientPk()));
        return new WriteResult(row.toStored(), WriteResult.Outcome.UPDATED);
    }

    /** Writes a tombstone version; deleting what is absent or already deleted changes nothing. */
    public WriteResult delete(String type, String id, Integer ifMatch, WriteContext context) {
        RecordAccess access = guarded.open(Interaction.DELETE, type);
        Optional<ResourceRow> current = table.currentForUpdate(type, id);
        current.ifPresent(existing -> guarded.checkExisting(access, Interaction.DELETE, existing));
        checkPrecondition(type + "/" + id, current, ifMatch);
        if (current.isEmpty()) {
            return new WriteResult(
                    new StoredResource(type, id, 0, context.now(), true, null), WriteResult.Outcome.UNCHANGED);
        }
        ResourceRow existing = current.get();
        if (existing.deleted()) {
            return new WriteResult(existing.toStored(), WriteResult.Outcome.UNCHANGED);
        }
        ResourceRow tombstone = new ResourceRow(
                existing.resPk(), type, id, existing.version() + 1, true, context.now(), existing.patientPk(), null);
        table.supersede(tombstone);
        indexTables.remove(List.of(existing.resPk()));
        context.deletedHere(new LocalReference(type, id));
        guarded.written(
                access,
                Interaction.DELETE,
                existing.patientPk(),
                tombstone,
                null,
                context.unflushedPatientId(tombstone.patientPk()));
        return new WriteResult(tombstone.toStored(), WriteResult.Outcome.DELETED);
    }

    /**
     * Writes the new resources and the index rows gathered so far, in one statement, and checks that
     * nothing still refers to a deleted resource.
     */
    public void flush(WriteContext context) {
        List<ResourceRow> created = context.takeCreated();
        List<ResourceIndex> indexes = context.takePendingIndexes();
        if (created.isEmpty()) {
            indexTables.insert(indexes);
        } else if (table.insertAll(created, indexTables.inserts(indexes)) != created.size()) {
            throw new ConcurrentWriteException();
        }
        deleteGuard.check(context.deletedResources());
    }

    private ResourceRow write(ValidResource valid, String id, long resPk, int version, WriteContext context) {
        Resource resource = valid.resource();
        resource.setId(id);
        resource.getMeta().setVersionId(Integer.toString(version));
        resource.getMeta().setLastUpdated(Date.from(context.now()));
        references.resolve(valid, context);
        if (resource instanceof SearchParameter definition) {
            customParameters.written(definition, context.now());
        }
        List<IndexEntry> entries = extractor.extract(resource);
        Long patientPk = compartments.patientOf(resource, resPk, entries, context);
        context.addIndex(new ResourceIndex(resPk, patientPk, entries));
        return new ResourceRow(
                resPk, resource.fhirType(), id, version, false, context.now(), patientPk, json.encode(resource));
    }

    private boolean unchanged(ResourceRow existing, Resource proposed) {
        Resource current = json.parse(existing.json());
        Resource candidate = proposed.copy();
        candidate.setId(existing.id());
        candidate.setMeta(candidate
                .getMeta()
                .copy()
                .setVersionId(current.getMeta().getVersionId())
                .setLastUpdated(current.getMeta().getLastUpdated()));
        return json.encode(current).equals(json.encode(candidate));
    }

    private static void checkPrecondition(String reference, Optional<ResourceRow> current, Integer ifMatch) {
        if (ifMatch == null) {
            return;
        }
        if (current.isEmpty()) {
            throw new RecordException(
                    RecordException.Kind.PRECONDITION_FAILED,
                    "not-found",
                    "If-Match was given but " + reference + " does not exist");
        }
        if (current.get().version() != ifMatch) {
            throw RecordException.versionConflict(
                    reference, ifMatch, current.get().version());
        }
    }
}
