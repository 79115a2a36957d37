package org.throughcare.record.bundle;

import java.util.Iterator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.StoredResource;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.search.ConditionalMatcher;
import org.throughcare.record.store.ResourceTable;
import org.throughcare.record.validation.ValidResource;
import org.throughcare.record.write.ResourceIds;
import org.throughcare.record.write.WriteContext;

/**
 * Resolves the identity each entry acts on: new ids for creates (with their keys reserved so other
 * entries can refer to them), conditional URLs to the resource they match.
 */
@Component
class EntryPlanner {

    private final ConditionalMatcher conditions;
    private final ResourceTable table;

    EntryPlanner(ConditionalMatcher conditions, ResourceTable table) {
        this.conditions = conditions;
        this.table = table;
    }

    /**
     * The plan of one entry. {@code keys} supplies internal keys for resources it may create, taken
     * from the database in one batch for the whole Bundle.
     */
    EntryPlan plan(EntryRequest entry, ValidResource valid, WriteContext context, Iterator<Long> keys) {
        return switch (entry.method()) {
            case POST -> planCreate(entry, valid, context, keys);
            case PUT -> planPut(entry, valid, context, keys);
            case PATCH -> new EntryPlan(entry, targetOrNotFound(entry), null, null);
            case DELETE -> new EntryPlan(entry, deleteTarget(entry), null, null);
            default -> new EntryPlan(entry, entry.id(), null, null);
        };
    }

    private EntryPlan planCreate(EntryRequest entry, ValidResource valid, WriteContext context, Iterator<Long> keys) {
        if (entry.ifNoneExist() != null) {
            Optional<StoredResource> existing = conditions.match(entry.type(), entry.ifNoneExist());
            if (existing.isPresent()) {
                return new EntryPlan(entry, existing.get().id(), existing.get(), valid);
            }
        }
        String id = ResourceIds.newId(context.now());
        context.reserve(new LocalReference(entry.type(), id), keys.next());
        return new EntryPlan(entry, id, null, valid);
    }

    private EntryPlan planPut(EntryRequest entry, ValidResource valid, WriteContext context, Iterator<Long> keys) {
        String id = entry.id();
        if (id == null) {
            id = match(entry).map(StoredResource::id).orElseGet(() -> ResourceIds.newId(context.now()));
        }
        if (table.current(entry.type(), id).isEmpty()) {
            context.reserve(new LocalReference(entry.type(), id), keys.next());
        }
        return new EntryPlan(entry, id, null, valid);
    }

    private String deleteTarget(EntryRequest entry) {
        return entry.id() != null
                ? entry.id()
                : match(entry).map(StoredResource::id).orElse(null);
    }

    private String targetOrNotFound(EntryRequest entry) {
        if (entry.id() != null) {
            return entry.id();
        }
        return match(entry)
                .map(StoredResource::id)
                .orElseThrow(() -> RecordException.notFound(entry.type() + "?" + entry.criteria()));
    }

    private Optional<StoredResource> match(EntryRequest entry) {
        return conditions.match(entry.type(), entry.criteria());
    }
}
