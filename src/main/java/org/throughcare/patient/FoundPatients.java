package org.throughcare.patient;

import java.util.List;
import java.util.Set;

/**
 * The patients a search found, in name order.
 *
 * @param patients at most {@link PatientFinder#MAX_RESULTS}
 * @param more true when more matched than are listed: the search should be narrowed
 * @param establishment the name of the establishment the search was scoped to, or null when it was not
 * @param left ids of the patients who have left that establishment in the last 30 days: read only there
 */
public record FoundPatients(List<PatientHeadline> patients, boolean more, String establishment, Set<String> left) {

    public FoundPatients {
        patients = List.copyOf(patients);
        left = Set.copyOf(left);
    }

    /** Whether this patient has left the establishment searched at (their record is read only there). */
    public boolean hasLeft(PatientHeadline patient) {
        return left.contains(patient.id());
    }
}
