package org.throughcare.record.bundle;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.StoredResource;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.search.ConditionalMatcher;
import org.throughcare.record.store.ResourceTable;
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

    EntryPlan plan(EntryRequest entry, WriteContext context) {
        return switch (entry.method()) {
            case POST -> planCreate(entry, context);
            case PUT -> planPut(entry, context);
            case PATCH -> new EntryPlan(entry, targetOrNotFound(entry), null);
            case DELETE ->
                new EntryPlan(
                        entry,
                        entry.id() != null
                                ? entry.id()
                                : match(entry).map(StoredResource::id).orElse(null),
                        null);
            default -> new EntryPlan(entry, entry.id(), null);
        };
    }

    private EntryPlan planCreate(EntryRequest entry, WriteContext context) {
        if (entry.ifNoneExist() != null) {
            Optional<StoredResource> existing = conditions.match(entry.type(), entry.ifNoneExist());
            if (existing.isPresent()) {
                return new EntryPlan(entry, existing.get().id(), existing.get());
            }
        }
        String id = ResourceIds.newId(context.now());
        context.reserve(new LocalReference(entry.type(), id), table.nextKey());
        return new EntryPlan(entry, id, null);
    }

    private EntryPlan planPut(EntryRequest entry, WriteContext context) {
        String id = entry.id();
        if (id == null) {
            id = match(entry).map(StoredResource::id).orElseGet(() -> ResourceIds.newId(context.now()));
        }
        if (table.current(entry.type(), id).isEmpty()) {
            context.reserve(new LocalReference(entry.type(), id), table.nextKey());
        }
        return new EntryPlan(entry, id, null);
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
