package org.throughcare.custody.movement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementKind;

/**
 * Turns everything recorded about a patient's movements into their custody episodes (ADR 0055).
 * Movements are taken in the order they happened, whatever order they arrived in, so a late event
 * lands where it belongs; a movement that changes nothing (a second delivery, a reception into the
 * establishment the patient is already in) is ignored; a movement that implies one we have not heard
 * of (an arrival elsewhere without the transfer out; a court trip without the reception) is inferred
 * at its time, and corrected when the missing one arrives. The same movements always give the same
 * episodes.
 */
public final class EpisodeFold {

    /** At the same instant, leaving comes before arriving. */
    private static final Comparator<Movement> ORDER = Comparator.comparing(Movement::occurredAt)
            .thenComparing(m -> m.kind().direction() == MovementKind.Direction.IN ? 1 : 0)
            .thenComparing(Movement::id);

    private final List<Episode> done = new ArrayList<>();
    private Open episode;
    private Open stay;
    private Open absence;

    private EpisodeFold() {}

    public static List<Episode> fold(List<Movement> movements) {
        EpisodeFold fold = new EpisodeFold();
        movements.stream().sorted(ORDER).forEach(fold::apply);
        return fold.result();
    }

    private void apply(Movement movement) {
        switch (movement.kind().direction()) {
            case IN -> arrive(movement);
            case ABSENT -> goOut(movement);
            case LEAVES -> leave(movement);
            case ENDS -> end(movement);
        }
    }

    private void arrive(Movement movement) {
        if (episode == null) {
            openEpisode(movement);
            openStay(movement, movement.kind());
        } else if (stay != null && stay.at(movement)) {
            closeAbsence(movement);
        } else {
            closeAbsence(movement);
            closeStay(movement, MovementKind.TRANSFERRED_OUT);
            MovementKind kind = movement.kind();
            openStay(movement, kind == MovementKind.RECEIVED_NEW ? MovementKind.RECEIVED_TRANSFER : kind);
        }
    }

    private void goOut(Movement movement) {
        if (episode == null) {
            openEpisode(movement);
            openStay(movement, MovementKind.RECEIVED_NEW);
        } else if (stay == null || !stay.at(movement)) {
            closeAbsence(movement);
            closeStay(movement, MovementKind.TRANSFERRED_OUT);
            openStay(movement, MovementKind.RECEIVED_TRANSFER);
        }
        if (absence != null && absence.first.kind() == movement.kind()) {
            return;
        }
        closeAbsence(movement);
        absence = new Open(movement);
    }

    private void leave(Movement movement) {
        if (stay != null && stay.at(movement)) {
            closeAbsence(movement);
            closeStay(movement, MovementKind.TRANSFERRED_OUT);
        }
    }

    private void end(Movement movement) {
        if (episode == null) {
            return;
        }
        closeAbsence(movement);
        closeStay(movement, movement.kind());
        episode.close(movement, movement.kind());
        done.add(episode.episode());
        episode = null;
    }

    private void openEpisode(Movement movement) {
        episode = new Open(movement);
    }

    private void openStay(Movement movement, MovementKind admittedBy) {
        stay = new Open(movement);
        stay.admittedBy = admittedBy;
    }

    private void closeStay(Movement movement, MovementKind leftBy) {
        if (stay != null) {
            stay.close(movement, leftBy);
            episode.children.add(stay);
            stay = null;
        }
    }

    private void closeAbsence(Movement movement) {
        if (absence != null) {
            absence.close(movement, movement.kind().direction() == MovementKind.Direction.IN ? movement.kind() : null);
            stay.children.add(absence);
            absence = null;
        }
    }

    private List<Episode> result() {
        List<Episode> all = new ArrayList<>(done);
        if (episode != null) {
            if (absence != null) {
                stay.children.add(absence);
            }
            if (stay != null) {
                episode.children.add(stay);
            }
            all.add(episode.episode());
        }
        return all;
    }

    /** An episode, stay or absence being built, named by the movement that opened it. */
    private static final class Open {
        private final Movement first;
        private final List<Open> children = new ArrayList<>();
        private MovementKind admittedBy;
        private Movement last;
        private MovementKind closedBy;

        Open(Movement first) {
            this.first = first;
        }

        boolean at(Movement movement) {
            return first.establishment().equals(movement.establishment());
        }

        void close(Movement movement, MovementKind by) {
            last = movement;
            closedBy = by;
        }

        Episode episode() {
            return new Episode(
                    first.id(),
                    first.occurredAt(),
                    last == null ? null : last.occurredAt(),
                    children.stream().map(Open::stay).toList());
        }

        Episode.Stay stay() {
            return new Episode.Stay(
                    first.id(),
                    first.establishment(),
                    first.occurredAt(),
                    admittedBy,
                    last == null ? null : last.occurredAt(),
                    closedBy,
                    children.stream().map(Open::absence).toList());
        }

        Episode.Absence absence() {
            return new Episode.Absence(
                    first.id(),
                    first.kind(),
                    first.destination(),
                    first.occurredAt(),
                    last == null ? null : last.occurredAt(),
                    closedBy);
        }
    }
}
