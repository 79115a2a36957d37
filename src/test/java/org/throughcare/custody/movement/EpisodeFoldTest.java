package org.throughcare.custody.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.throughcare.custody.MovementKind.DIED;
import static org.throughcare.custody.MovementKind.OUT_TO_COURT;
import static org.throughcare.custody.MovementKind.OUT_TO_HOSPITAL;
import static org.throughcare.custody.MovementKind.RECEIVED_NEW;
import static org.throughcare.custody.MovementKind.RECEIVED_TRANSFER;
import static org.throughcare.custody.MovementKind.RELEASED;
import static org.throughcare.custody.MovementKind.RETURNED_FROM_COURT;
import static org.throughcare.custody.MovementKind.RETURNED_FROM_HOSPITAL;
import static org.throughcare.custody.MovementKind.RETURNED_FROM_TEMPORARY_RELEASE;
import static org.throughcare.custody.MovementKind.TEMPORARY_RELEASE;
import static org.throughcare.custody.MovementKind.TRANSFERRED_OUT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementKind;
import org.throughcare.shared.EstablishmentCode;

class EpisodeFoldTest {

    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void aReceptionOpensAnEpisodeWithOneStay() {
        List<Episode> episodes = EpisodeFold.fold(List.of(move(RECEIVED_NEW, "LEI", 1)));
        assertThat(episodes).hasSize(1);
        Episode episode = episodes.getFirst();
        assertThat(episode.open()).isTrue();
        assertThat(episode.lastStay().establishment().value()).isEqualTo("LEI");
        assertThat(episode.lastStay().admittedBy()).isEqualTo(RECEIVED_NEW);
    }

    @Test
    void courtHospitalAndTemporaryReleaseDoNotCloseTheEpisode() {
        List<Episode> episodes = EpisodeFold.fold(List.of(
                move(RECEIVED_NEW, "LEI", 1),
                move(OUT_TO_COURT, "LEI", 2),
                move(RETURNED_FROM_COURT, "LEI", 3),
                move(OUT_TO_HOSPITAL, "LEI", 4),
                move(RETURNED_FROM_HOSPITAL, "LEI", 5),
                move(TEMPORARY_RELEASE, "LEI", 6)));
        assertThat(episodes).hasSize(1);
        Episode.Stay stay = episodes.getFirst().lastStay();
        assertThat(stay.open()).isTrue();
        assertThat(stay.absences())
                .extracting(Episode.Absence::kind)
                .containsExactly(OUT_TO_COURT, OUT_TO_HOSPITAL, TEMPORARY_RELEASE);
        assertThat(stay.absences().get(0).returnedBy()).isEqualTo(RETURNED_FROM_COURT);
        assertThat(stay.absences().get(2).open()).isTrue();
    }

    @Test
    void aTransferEndsOneStayAndStartsTheNextInTheSameEpisode() {
        List<Episode> episodes = EpisodeFold.fold(List.of(
                move(RECEIVED_NEW, "LEI", 1), move(TRANSFERRED_OUT, "LEI", 5), move(RECEIVED_TRANSFER, "MRI", 7)));
        assertThat(episodes).hasSize(1);
        List<Episode.Stay> stays = episodes.getFirst().stays();
        assertThat(stays).extracting(s -> s.establishment().value()).containsExactly("LEI", "MRI");
        assertThat(stays.get(0).leftBy()).isEqualTo(TRANSFERRED_OUT);
        assertThat(stays.get(0).end()).isEqualTo(at(5));
        assertThat(stays.get(1).admittedBy()).isEqualTo(RECEIVED_TRANSFER);
        assertThat(stays.get(1).open()).isTrue();
    }

    @Test
    void anArrivalElsewhereWithoutTheTransferOutEndsTheStayUntilTheLateOneCorrectsIt() {
        List<Movement> withoutOut = List.of(move(RECEIVED_NEW, "LEI", 1), move(RECEIVED_TRANSFER, "MRI", 7));
        Episode.Stay inferred = EpisodeFold.fold(withoutOut).getFirst().stays().getFirst();
        assertThat(inferred.end()).isEqualTo(at(7));
        assertThat(inferred.leftBy()).isEqualTo(TRANSFERRED_OUT);

        List<Movement> withLateOut = new ArrayList<>(withoutOut);
        withLateOut.add(move(TRANSFERRED_OUT, "LEI", 5));
        Episode.Stay corrected =
                EpisodeFold.fold(withLateOut).getFirst().stays().getFirst();
        assertThat(corrected.end()).isEqualTo(at(5));
    }

    @Test
    void aReturnHeardOfBeforeTheCourtTripItEndsIsPutInItsPlace() {
        List<Episode> episodes = EpisodeFold.fold(List.of(
                move(RECEIVED_NEW, "LEI", 1), move(RETURNED_FROM_COURT, "LEI", 9), move(OUT_TO_COURT, "LEI", 3)));
        Episode.Absence court = episodes.getFirst().lastStay().absences().getFirst();
        assertThat(court.start()).isEqualTo(at(3));
        assertThat(court.end()).isEqualTo(at(9));
    }

    @Test
    void aCourtTripHeardOfBeforeTheReceptionInfersItUntilTheReceptionArrives() {
        Episode inferred =
                EpisodeFold.fold(List.of(move(OUT_TO_COURT, "LEI", 4))).getFirst();
        assertThat(inferred.start()).isEqualTo(at(4));
        assertThat(inferred.lastStay().absences()).hasSize(1);

        Episode corrected = EpisodeFold.fold(List.of(move(OUT_TO_COURT, "LEI", 4), move(RECEIVED_NEW, "LEI", 1)))
                .getFirst();
        assertThat(corrected.start()).isEqualTo(at(1));
        assertThat(corrected.lastStay().admittedBy()).isEqualTo(RECEIVED_NEW);
        assertThat(corrected.lastStay().absences()).hasSize(1);
    }

    @Test
    void releaseAndDeathEndTheEpisodeAndALaterReceptionStartsAnother() {
        List<Episode> episodes = EpisodeFold.fold(List.of(
                move(RECEIVED_NEW, "LEI", 1),
                move(RELEASED, "LEI", 10),
                move(RECEIVED_NEW, "MRI", 20),
                move(DIED, "MRI", 30)));
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0).endedBy()).isEqualTo(RELEASED);
        assertThat(episodes.get(1).endedBy()).isEqualTo(DIED);
        assertThat(episodes.get(1).lastStay().admittedBy()).isEqualTo(RECEIVED_NEW);
    }

    @Test
    void aReleaseWhileAtCourtEndsTheCourtTripStayAndEpisodeTogether() {
        Episode episode = EpisodeFold.fold(
                        List.of(move(RECEIVED_NEW, "LEI", 1), move(OUT_TO_COURT, "LEI", 2), move(RELEASED, "LEI", 3)))
                .getFirst();
        assertThat(episode.end()).isEqualTo(at(3));
        assertThat(episode.lastStay().absences().getFirst().end()).isEqualTo(at(3));
        assertThat(episode.lastStay().absences().getFirst().returnedBy()).isNull();
    }

    @Test
    void returningFromCourtToAnotherEstablishmentIsATransfer() {
        Episode episode = EpisodeFold.fold(List.of(
                        move(RECEIVED_NEW, "LEI", 1),
                        move(OUT_TO_COURT, "LEI", 2),
                        move(RETURNED_FROM_COURT, "MRI", 3)))
                .getFirst();
        assertThat(episode.stays()).extracting(s -> s.establishment().value()).containsExactly("LEI", "MRI");
        assertThat(episode.stays().getFirst().absences().getFirst().end()).isEqualTo(at(3));
        assertThat(episode.stays().get(1).admittedBy()).isEqualTo(RETURNED_FROM_COURT);
    }

    @Test
    void movementsThatChangeNothingAreIgnored() {
        List<Episode> episodes = EpisodeFold.fold(List.of(
                move(RELEASED, "LEI", 0),
                move(RECEIVED_NEW, "LEI", 1),
                move(RECEIVED_NEW, "LEI", 2),
                move(RETURNED_FROM_TEMPORARY_RELEASE, "LEI", 3),
                move(TRANSFERRED_OUT, "MRI", 4)));
        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst().start()).isEqualTo(at(1));
        assertThat(episodes.getFirst().stays()).hasSize(1);
        assertThat(episodes.getFirst().lastStay().absences()).isEmpty();
    }

    @Test
    void anyDeliveryOrderAndAnyRepeatsGiveTheSameEpisodes() {
        List<Movement> journey = List.of(
                move(RECEIVED_NEW, "LEI", 1),
                move(OUT_TO_COURT, "LEI", 2),
                move(RETURNED_FROM_COURT, "LEI", 3),
                move(TRANSFERRED_OUT, "LEI", 4),
                move(RECEIVED_TRANSFER, "MRI", 5),
                move(OUT_TO_HOSPITAL, "MRI", 6),
                move(RETURNED_FROM_HOSPITAL, "MRI", 7),
                move(RELEASED, "MRI", 8),
                move(RECEIVED_NEW, "LEI", 20),
                move(TEMPORARY_RELEASE, "LEI", 21));
        String expected = shape(EpisodeFold.fold(journey));
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            List<Movement> delivered = new ArrayList<>(journey);
            journey.stream().filter(m -> random.nextBoolean()).forEach(m -> delivered.add(again(m)));
            Collections.shuffle(delivered, random);
            assertThat(shape(EpisodeFold.fold(delivered)))
                    .as("delivery %s", run)
                    .isEqualTo(expected);
        }
    }

    /** The episodes without the movements' ids, which differ between repeats of one movement. */
    private static String shape(List<Episode> episodes) {
        StringBuilder text = new StringBuilder();
        for (Episode episode : episodes) {
            text.append("E ")
                    .append(episode.start())
                    .append('-')
                    .append(episode.end())
                    .append('\n');
            for (Episode.Stay stay : episode.stays()) {
                text.append(" S ")
                        .append(stay.establishment())
                        .append(' ')
                        .append(stay.start())
                        .append('-')
                        .append(stay.end())
                        .append(' ')
                        .append(stay.admittedBy())
                        .append('/')
                        .append(stay.leftBy())
                        .append('\n');
                stay.absences().forEach(a -> text.append("  A ")
                        .append(a.kind())
                        .append(' ')
                        .append(a.start())
                        .append('-')
                        .append(a.end())
                        .append('\n'));
            }
        }
        return text.toString();
    }

    private Movement move(MovementKind kind, String establishment, int hour) {
        return new Movement(
                "m" + String.format("%04d", ids.incrementAndGet()),
                "p",
                kind,
                EstablishmentCode.of(establishment),
                at(hour),
                null);
    }

    private Movement again(Movement movement) {
        return new Movement(
                "m" + String.format("%04d", ids.incrementAndGet()),
                movement.patientId(),
                movement.kind(),
                movement.establishment(),
                movement.occurredAt(),
                null);
    }

    private static Instant at(int hour) {
        return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(hour * 3600L);
    }
}
