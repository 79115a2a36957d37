package org.throughcare.custody.worklist;

import java.time.Instant;
import org.throughcare.patient.PatientHeadline;

/**
 * A stay at the establishment that ended.
 *
 * @param patient who
 * @param left when
 * @param leftBy the custody-movement code that ended it (transferred-out, released, died)
 */
public record Departure(PatientHeadline patient, Instant left, String leftBy) {}
