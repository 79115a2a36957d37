package org.throughcare.custody.movement;

import java.time.Instant;
import java.util.List;
import org.throughcare.custody.MovementKind;
import org.throughcare.shared.EstablishmentCode;

/**
 * One period of custody as the movements make it: from the first reception to release or death,
 * through stays at one or more establishments, each with its absences (court, hospital, temporary
 * release). Each part is named by the movement that started it. Open parts have no end.
 */
public record Episode(String key, Instant start, Instant end, List<Stay> stays) {

    public Episode {
        stays = List.copyOf(stays);
    }

    /** The stay the patient is in now, or the last one. */
    public Stay lastStay() {
        return stays.getLast();
    }

    public boolean open() {
        return end == null;
    }

    /** How it ended (RELEASED or DIED), or null while open. */
    public MovementKind endedBy() {
        return end == null ? null : lastStay().leftBy();
    }

    /** A stay at one establishment. */
    public record Stay(
            String key,
            EstablishmentCode establishment,
            Instant start,
            MovementKind admittedBy,
            Instant end,
            MovementKind leftBy,
            List<Absence> absences) {

        public Stay {
            absences = List.copyOf(absences);
        }

        public boolean open() {
            return end == null;
        }
    }

    /** A time out of the establishment that does not end the stay. */
    public record Absence(
            String key, MovementKind kind, String destination, Instant start, Instant end, MovementKind returnedBy) {

        public boolean open() {
            return end == null;
        }
    }
}
