package org.throughcare.record.write;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;
import org.throughcare.record.index.LocalReference;

/**
 * Referential integrity on write: every relative reference ({@code Patient/123}) must name a
 * resource that exists and is not deleted, in the store or earlier in the same transaction. A
 * clinical fact pointing at nobody is refused (clinical safety hazard H4). All the references of a
 * resource are looked up in one query.
 */
@Component
class ReferenceResolver {

    private final FhirContext fhirContext;
    private final JdbcClient jdbc;

    ReferenceResolver(FhirContext fhirContext, JdbcClient jdbc) {
        this.fhirContext = fhirContext;
        this.jdbc = jdbc;
    }

    /** Resolves the resource's local references into the context, or refuses the resource. */
    void resolve(Resource resource, WriteContext context) {
        Map<LocalReference, String> unknown = new LinkedHashMap<>();
        List<Issue> dangling = new ArrayList<>();
        ReferencePaths.visit(fhirContext, resource, (path, reference) -> {
            if (reference.getReference().startsWith("urn:uuid:")
                    || reference.getReference().startsWith("urn:oid:")) {
                dangling.add(Issue.error(
                        "not-found", "Element " + path + " refers to a Bundle entry that is not here", path));
            }
            LocalReference.parse(reference.getReference()).ifPresent(local -> {
                if (context.keyOf(local) == null) {
                    unknown.putIfAbsent(local, path);
                }
            });
        });
        if (!dangling.isEmpty()) {
            throw new RecordException(RecordException.Kind.UNPROCESSABLE, dangling);
        }
        if (!unknown.isEmpty()) {
            lookUp(unknown, context);
        }
    }

    private void lookUp(Map<LocalReference, String> unknown, WriteContext context) {
        List<LocalReference> references = List.copyOf(unknown.keySet());
        jdbc.sql("select r.res_type, r.res_id, r.res_pk from resource r"
                        + " join unnest(?::text[], ?::text[]) as wanted(res_type, res_id)"
                        + " using (res_type, res_id) where not r.deleted")
                .params(
                        references.stream().map(LocalReference::type).toArray(String[]::new),
                        references.stream().map(LocalReference::id).toArray(String[]::new))
                .query(rs -> {
                    context.resolved(new LocalReference(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
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

    /** Every Reference element of a resource with its FHIRPath location. */
    interface ReferenceVisitor {
        void visit(String path, Reference reference);
    }
}
