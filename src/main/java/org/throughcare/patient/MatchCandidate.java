package org.throughcare.patient;

import java.util.List;

/**
 * A record that may belong to the same person, with its score (docs/adr/0052: the sum of the
 * agreement weights of family name, given name, date of birth and sex, at most 9.5) and the
 * reasons, such as "date of birth: day and month transposed".
 */
public record MatchCandidate(String patientId, double score, List<String> reasons) {

    public MatchCandidate {
        reasons = List.copyOf(reasons);
    }
}
