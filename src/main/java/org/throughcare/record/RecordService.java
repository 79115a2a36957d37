package org.throughcare.record;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.throughcare.record.access.GuardedReads;
import org.throughcare.record.bundle.BundleProcessor;
import org.throughcare.record.history.HistoryReader;
import org.throughcare.record.patch.Patcher;
import org.throughcare.record.search.ConditionalMatcher;
import org.throughcare.record.store.ResourceJson;
import org.throughcare.record.store.ResourceRow;
import org.throughcare.record.store.ResourceTable;
import org.throughcare.record.validation.ResourceValidator;
import org.throughcare.record.validation.ValidResource;
import org.throughcare.record.write.ResourceIds;
import org.throughcare.record.write.ResourceWriter;
import org.throughcare.record.write.UnitOfWork;

/**
 * The clinical record: the one way any module reads or writes FHIR resources. Every write is
 * validated, versioned and indexed in a single database transaction; reads return the stored JSON
 * as it is.
 */
@Service
public class RecordService {

    private final ResourceTable table;
    private final ResourceJson json;
    private final ResourceValidator validator;
    private final ResourceWriter writer;
    private final UnitOfWork unitOfWork;
    private final ConditionalMatcher conditions;
    private final ResourceTypes types;
    private final HistoryReader historyReader;
    private final Patcher patcher;
    private final BundleProcessor bundles;
    private final GuardedReads reads;

    RecordService(
            ResourceTable table,
            ResourceJson json,
            ResourceValidator validator,
            ResourceWriter writer,
            UnitOfWork unitOfWork,
            ConditionalMatcher conditions,
            ResourceTypes types,
            HistoryReader historyReader,
            Patcher patcher,
            BundleProcessor bundles,
            GuardedReads reads) {
        this.table = table;
        this.json = json;
        this.validator = validator;
        this.writer = writer;
        this.unitOfWork = unitOfWork;
        this.conditions = conditions;
        this.types = types;
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.bundles = bundles;
        this.reads = reads;
    }

    /**
     * The current version as the caller may see it; refuses with NOT_FOUND if it never existed or
     * is outside what the caller may see, and GONE if deleted.
     */
    public StoredResource read(String type, String id) {
        types.require(type);
        return reads.current(type, id);
    }

    /** The current version as a typed resource. */
    public <T extends Resource> T read(Class<T> type, String id) {
        return json.parse(type, read(types.nameOf(type), id).json());
    }

    /** One version, current or past, as the caller may see it; a deleted version is GONE. */
    public StoredResource readVersion(String type, String id, int version) {
        types.require(type);
        return reads.version(type, id, version);
    }

    /**
     * Creates a resource with a server-assigned id (any id in it is ignored). With {@code
     * ifNoneExist} (a search query) nothing is created when exactly one resource matches, and the
     * request is refused when several do.
     */
    public WriteResult create(Resource resource, String ifNoneExist) {
        types.require(resource.fhirType());
        resource.setIdElement(null);
        ValidResource valid = validator.validate(resource);
        return unitOfWork.run(context -> {
            if (ifNoneExist != null) {
                var existing = conditionalMatch(resource.fhirType(), ifNoneExist);
                if (existing != null) {
                    return new WriteResult(existing, WriteResult.Outcome.UNCHANGED);
                }
            }
            return writer.create(valid, context);
        });
    }

    /** Updates (or creates, with the client's id) the resource; {@code ifMatch} is the expected version. */
    public WriteResult update(Resource resource, String id, Integer ifMatch) {
        types.require(resource.fhirType());
        requireValidId(id);
        ValidResource valid = validator.validate(resource);
        return unitOfWork.run(context -> writer.put(valid, id, ifMatch, context));
    }

    /** Updates the one resource matching the criteria, or creates it when none does. */
    public WriteResult conditionalUpdate(Resource resource, String criteria, Integer ifMatch) {
        types.require(resource.fhirType());
        ValidResource valid = validator.validate(resource);
        String type = resource.fhirType();
        return unitOfWork.run(context -> {
            StoredResource existing = conditionalMatch(type, criteria);
            String bodyId = resource.getIdElement().getIdPart();
            if (existing != null && bodyId != null && !bodyId.equals(existing.id())) {
                throw RecordException.invalid("The id in the resource does not match the resource the criteria found");
            }
            if (existing == null) {
                return writer.create(valid, context);
            }
            return writer.put(valid, existing.id(), ifMatch, context);
        });
    }

    /** Deletes (a tombstone version); deleting what is absent or already deleted changes nothing. */
    public WriteResult delete(String type, String id, Integer ifMatch) {
        types.require(type);
        return unitOfWork.run(context -> writer.delete(type, id, ifMatch, context));
    }

    /** Deletes the one resource matching the criteria; several matches are refused. */
    public WriteResult conditionalDelete(String type, String criteria) {
        types.require(type);
        return unitOfWork.run(context -> {
            StoredResource existing = conditionalMatch(type, criteria);
            if (existing == null) {
                return new WriteResult(
                        new StoredResource(type, null, 0, null, true, null), WriteResult.Outcome.UNCHANGED);
            }
            return writer.delete(type, existing.id(), null, context);
        });
    }

    /**
     * Applies a patch to the current version and stores the result as a new version, reading and
     * writing under one row lock so no concurrent update is lost.
     */
    public WriteResult patch(String type, String id, Patch patch, Integer ifMatch) {
        types.require(type);
        return unitOfWork.run(context -> {
            ResourceRow current =
                    table.currentForUpdate(type, id).orElseThrow(() -> RecordException.notFound(type + "/" + id));
            if (current.deleted()) {
                throw RecordException.gone(type + "/" + id);
            }
            if (ifMatch != null && ifMatch != current.version()) {
                throw RecordException.versionConflict(type + "/" + id, ifMatch, current.version());
            }
            Resource patched = patcher.apply(json.parse(current.json()), patch);
            return writer.put(validator.validate(patched), id, current.version(), context);
        });
    }

    /** Runs a transaction Bundle atomically and returns the transaction-response. */
    public Bundle transaction(Bundle bundle) {
        return bundles.transaction(bundle);
    }

    /** Runs each entry of a batch Bundle on its own and returns the batch-response. */
    public Bundle batch(Bundle bundle) {
        return bundles.batch(bundle);
    }

    /**
     * A page of history, newest first: of one resource, of a type, or of everything; only versions
     * the caller may see are listed.
     */
    public HistoryPage history(HistoryQuery query) {
        if (query.type() != null) {
            types.require(query.type());
        }
        return historyReader.read(query);
    }

    /**
     * The internal key of a current Patient, for modules that keep patient-keyed read models (care
     * relationships, break-glass grants). Not access-checked: callers must decide and audit.
     */
    public java.util.Optional<Long> patientKey(String patientId) {
        return table.current("Patient", patientId).filter(row -> !row.deleted()).map(ResourceRow::resPk);
    }

    private StoredResource conditionalMatch(String type, String criteria) {
        return conditions.match(type, criteria).orElse(null);
    }

    private static void requireValidId(String id) {
        if (!ResourceIds.isValid(id)) {
            throw RecordException.invalid("'" + id + "' is not a valid resource id ([A-Za-z0-9-.], at most 64)");
        }
    }
}
