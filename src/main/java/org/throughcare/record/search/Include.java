package org.throughcare.record.search;

import org.throughcare.record.index.SearchParameter;

/**
 * An {@code _include} or {@code _revinclude}: follow {@code reference} (a parameter of {@code
 * reference.resourceType()}), keeping only targets of {@code targetType} when given; {@code
 * iterate} applies it once more to what was included.
 */
record Include(SearchParameter reference, String targetType, boolean iterate) {}
