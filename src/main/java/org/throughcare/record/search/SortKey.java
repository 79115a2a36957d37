package org.throughcare.record.search;

import org.throughcare.record.index.SearchParameter;

/** One {@code _sort} key: a parameter (null for _id and _lastUpdated, named in {@code special}) and a direction. */
record SortKey(SearchParameter parameter, String special, boolean descending) {}
