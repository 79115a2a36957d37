package org.throughcare.record.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.LocalReference;
import org.throughcare.record.validation.ValidResource;

/**
 * Referential integrity on write: every relative reference ({@code Patient/123}) must name a
 * resource that exists and is not deleted, in the store or earlier in the same transaction. A
 * clinical fact pointing at nobody is refused (clinical safety hazard H4). Lookups are batched: all
 * the references of a resource, or of a whole transaction, in one query.
 */
@Component
public class ReferenceResolver {

    private final JdbcClient jdbc;

    ReferenceResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Looks up, in one query, every reference of these resources the context does not know yet. */
    public void preload(Collection<ValidResource> resources, WriteContext context) {
        List<LocalReference> unknown = new ArrayList<>();
        for (ValidResource resource : resources) {
            unknown.addAll(unknownIn(resource, context).keySet());
        }
        lookUp(unknown.stream().distinct().toList(), context);
    }

    /** Resolves the resource's local references into the context, or refuses the resource. */
    void resolve(ValidResource resource, WriteContext context) {
        List<Issue> dangling = new ArrayList<>();
        for (ValidResource.ReferenceAt at : resource.references()) {
            String reference = at.reference().getReference();
            if (reference.startsWith("urn:uuid:") || reference.startsWith("urn:oid:")) {
                dangling.add(Issue.error(
                        "not-found", "Element " + at.path() + " refers to a Bundle entry that is not here", at.path()));
            }
        }
        if (!dangling.isEmpty()) {
            throw new RecordException(RecordException.Kind.UNPROCESSABLE, dangling);
        }
        Map<LocalReference, String> unknown = unknownIn(resource, context);
        if (unknown.isEmpty()) {
            return;
        }
        lookUp(List.copyOf(unknown.keySet()), context);
        List<Issue> issues = new ArrayList<>();
        unknown.forEach((reference, path) -> {
            if (context.keyOf(reference) == null) {
                issues.add(Issue.error(
                        "not-found",
                        "Element " + path + " refers to " + reference + ", which does not exist or has been deleted",
                        path));
            }
        });
        if (!issues.isEmpty()) {
            throw new RecordException(RecordException.Kind.UNPROCESSABLE, issues);
        }
    }

    private static Map<LocalReference, String> unknownIn(ValidResource resource, WriteContext context) {
        Map<LocalReference, String> unknown = new LinkedHashMap<>();
        for (ValidResource.ReferenceAt at : resource.references()) {
            LocalReference.parse(at.reference().getReference())
                    .filter(local -> context.keyOf(local) == null)
                    .ifPresent(local -> unknown.putIfAbsent(local, at.path()));
        }
        return unknown;
    }

    private void lookUp(List<LocalReference> references, WriteContext context) {
        if (references.isEmpty()) {
            return;
        }
        jdbc.sql("select r.res_type, r.res_id, r.res_pk from resource r"
                        + " join unnest(?::text[], ?::text[]) as wanted(res_type, res_id)"
                        + " using (res_type, res_id) where not r.deleted")
                .params(
                        references.stream().map(LocalReference::type).toArray(String[]::new),
                        references.stream().map(LocalReference::id).toArray(String[]::new))
                .query(rs -> {
                    context.resolved(new LocalReference(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
    }
}
