package org.throughcare.record.search;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.StoredResource;
import org.throughcare.record.store.ResourceTable;
import org.throughcare.record.write.UnitOfWork;

/**
 * Finds the one resource a conditional request names. Holds a lock on the criteria until the
 * transaction ends, so concurrent conditional writes with the same criteria run one after another
 * and never make two resources.
 */
@Component
public class ConditionalMatcher {

    private final ResourceSearch search;
    private final ResourceTable table;
    private final UnitOfWork unitOfWork;

    public ConditionalMatcher(ResourceSearch search, ResourceTable table, UnitOfWork unitOfWork) {
        this.search = search;
        this.table = table;
        this.unitOfWork = unitOfWork;
    }

    /** The single match, empty when none; refuses with 412 when several match. */
    public Optional<StoredResource> match(String type, String criteria) {
        List<SearchClause> clauses = SearchQueryParser.parse(criteria);
        unitOfWork.lockCondition(type, criteria);
        List<String> ids = search.matchingIds(type, clauses, 2);
        if (ids.size() > 1) {
            throw new RecordException(
                    RecordException.Kind.PRECONDITION_FAILED,
                    "multiple-matches",
                    "More than one " + type + " matches the criteria " + criteria);
        }
        return ids.stream().findFirst().flatMap(id -> table.current(type, id)).map(row -> row.toStored());
    }
}
