package org.throughcare.patient;

import java.util.List;

/**
 * The patients a search found, in name order.
 *
 * @param patients at most {@link PatientFinder#MAX_RESULTS}
 * @param more true when more matched than are listed: the search should be narrowed
 * @param establishment the name of the establishment the search was scoped to, or null when it was not
 */
public record FoundPatients(List<PatientHeadline> patients, boolean more, String establishment) {}
