package org.throughcare.record.index;

import java.util.List;

/**
 * The index entries of one resource version about to become current.
 *
 * @param resPk the resource's internal key
 * @param patientPk the key of the Patient whose compartment it is in, or null
 * @param entries what its search parameters extracted
 */
public record ResourceIndex(long resPk, Long patientPk, List<IndexEntry> entries) {}
