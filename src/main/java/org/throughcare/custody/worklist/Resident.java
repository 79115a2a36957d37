package org.throughcare.custody.worklist;

import java.time.Instant;
import org.throughcare.patient.PatientHeadline;

/**
 * A patient in a stay at the establishment now.
 *
 * @param patient who
 * @param stayId their stay (the Encounter); the establishment's tasks for them name it
 * @param arrived when the stay began
 * @param admittedBy how they came (a custody-movement display), or null
 * @param away the class of the absence they are on now (court, hospital, temporary-release), or null on site
 * @param awayAt where they went, when recorded, or null
 */
public record Resident(
        PatientHeadline patient, String stayId, Instant arrived, String admittedBy, String away, String awayAt) {}
