package org.throughcare.custody.hmpps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.throughcare.custody.MovementKind;

class HmppsEventTest {

    @Test
    void readsAReceivedEventAsPublished() {
        HmppsEvent event = HmppsEvent.parse(resource("received-new-admission.json"));
        assertThat(event.type()).isEqualTo(HmppsEvent.RECEIVED);
        assertThat(event.prisonNumber()).isEqualTo("A4412FD");
        assertThat(event.establishment()).isEqualTo("LEI");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:41:07.012Z"));
        assertThat(event.movement()).contains(MovementKind.RECEIVED_NEW);
    }

    @Test
    void readsAReleasedEventAndAMerge() {
        assertThat(HmppsEvent.parse(resource("released-sent-to-court.json")).movement())
                .contains(MovementKind.OUT_TO_COURT);
        HmppsEvent merge = HmppsEvent.parse(resource("merged.json"));
        assertThat(merge.removedPrisonNumber()).isEqualTo("A1111AA");
        assertThat(merge.movement()).isEmpty();
    }

    @Test
    void everyPublishedReasonMeansAMovement() {
        assertThat(kind("received", "TRANSFERRED")).isEqualTo(MovementKind.RECEIVED_TRANSFER);
        assertThat(kind("received", "RETURN_FROM_COURT")).isEqualTo(MovementKind.RETURNED_FROM_COURT);
        assertThat(kind("received", "TEMPORARY_ABSENCE_RETURN"))
                .isEqualTo(MovementKind.RETURNED_FROM_TEMPORARY_RELEASE);
        assertThat(kind("received", "READMISSION")).isEqualTo(MovementKind.RECEIVED_NEW);
        assertThat(kind("released", "TRANSFERRED")).isEqualTo(MovementKind.TRANSFERRED_OUT);
        assertThat(kind("released", "RELEASED_TO_HOSPITAL")).isEqualTo(MovementKind.OUT_TO_HOSPITAL);
        assertThat(kind("released", "TEMPORARY_ABSENCE_RELEASE")).isEqualTo(MovementKind.TEMPORARY_RELEASE);
        assertThat(kind("released", "RELEASED")).isEqualTo(MovementKind.RELEASED);
        assertThat(HmppsEvent.parse(event("released", "UNKNOWN", "2026-03-02T10:00:00Z"))
                        .movement())
                .isEmpty();
    }

    @Test
    void theSameEventHasTheSameKeyWhateverItsOffsetAndPublishingTime() {
        String utc = event("received", "TRANSFERRED", "2026-03-02T10:00:00Z");
        String bst = event("received", "TRANSFERRED", "2026-03-02T11:00:00+01:00");
        assertThat(HmppsEvent.parse(utc).key()).isEqualTo(HmppsEvent.parse(bst).key());
        assertThat(HmppsEvent.parse(utc).key())
                .isNotEqualTo(HmppsEvent.parse(event("received", "TRANSFERRED", "2026-03-02T10:00:01Z"))
                        .key());
    }

    @Test
    void refusesWhatIsNotAnEventWithoutQuotingIt() {
        assertThatThrownBy(() -> HmppsEvent.parse("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HmppsEvent.parse("[1,2]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> HmppsEvent.parse("{\"eventType\":\"x\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}"))
                .hasMessageContaining("nomsNumber");
        assertThatThrownBy(() -> HmppsEvent.parse(event("received", "NEW_ADMISSION", "yesterday")))
                .hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> HmppsEvent.parse(event("received", "NEW_ADMISSION", "2026-01-01T00:00:00Z")
                        .replace("A4412FD", "Robert'); DROP TABLE")))
                .hasMessageContaining("prison number")
                .hasMessageNotContaining("DROP");
        assertThatThrownBy(() -> HmppsEvent.parse("{\"eventType\":\"" + "x".repeat(70_000) + "\"}"))
                .hasMessageContaining("64 KB");
    }

    private static MovementKind kind(String type, String reason) {
        return HmppsEvent.parse(event(type, reason, "2026-03-02T10:00:00Z"))
                .movement()
                .orElseThrow();
    }

    static String event(String type, String reason, String occurredAt) {
        return "{\"eventType\":\"prisoner-offender-search.prisoner." + type + "\",\"occurredAt\":\"" + occurredAt
                + "\",\"additionalInformation\":{\"nomsNumber\":\"A4412FD\",\"reason\":\"" + reason
                + "\",\"prisonId\":\"LEI\"}}";
    }

    private static String resource(String name) {
        try (InputStream in = HmppsEventTest.class.getResourceAsStream("/hmpps/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
