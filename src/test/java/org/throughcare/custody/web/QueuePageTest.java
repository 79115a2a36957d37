package org.throughcare.custody.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.throughcare.custody.Worklist;
import org.throughcare.patient.PatientHeadline;

class QueuePageTest {

    @Test
    void aLongListIsShownAPageAtATimeAndEveryRowIsOnSomePage() {
        Worklist.Queue queue = queueOf(250);

        QueuePage first = new QueuePage(queue, 1, QueuePage.PAGE);
        QueuePage third = new QueuePage(queue, 3, QueuePage.PAGE);

        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.rows()).hasSize(100);
        assertThat(first.first()).isEqualTo(1);
        assertThat(first.last()).isEqualTo(100);
        assertThat(first.partial()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(third.rows()).hasSize(50);
        assertThat(third.first()).isEqualTo(201);
        assertThat(third.last()).isEqualTo(250);
        assertThat(third.hasPrevious()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(IntStream.rangeClosed(1, 3)
                        .mapToObj(n -> new QueuePage(queue, n, QueuePage.PAGE))
                        .flatMap(page -> page.rows().stream())
                        .map(entry -> entry.patient().id())
                        .distinct()
                        .count())
                .isEqualTo(250);
    }

    @Test
    void thePreviewSaysHowManyThereAreInAllAndAShortOrEmptyListIsWhole() {
        QueuePage preview = QueuePage.preview(queueOf(27));
        assertThat(preview.rows()).hasSize(25);
        assertThat(preview.total()).isEqualTo(27);
        assertThat(preview.partial()).isTrue();

        assertThat(QueuePage.preview(queueOf(25)).partial()).isFalse();
        QueuePage empty = QueuePage.preview(queueOf(0));
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.first()).isZero();
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.partial()).isFalse();
        assertThat(new QueuePage(queueOf(3), 2, QueuePage.PAGE).rows()).isEmpty();
        assertThat(empty.slug()).isEqualTo("arrivals_today");
    }

    private static Worklist.Queue queueOf(int rows) {
        List<Worklist.Entry> entries = IntStream.range(0, rows)
                .mapToObj(i -> new Worklist.Entry(
                        new PatientHeadline("p" + i, "Family", "Given", null, null, null, "male", null, null, null),
                        Instant.EPOCH,
                        false,
                        null))
                .toList();
        return new Worklist.Queue(Worklist.QueueKind.ARRIVALS_TODAY, "Arrivals today", entries);
    }
}
