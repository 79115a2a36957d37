package org.throughcare.record.search;

import java.util.List;

/**
 * One {@code name[:modifier]=value[,value]} part of a search: its values are ORed; separate
 * clauses are ANDed.
 */
public record SearchClause(String name, String modifier, List<String> values) {

    public SearchClause {
        values = List.copyOf(values);
    }
}
