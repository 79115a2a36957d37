package org.throughcare.custody.hmpps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import org.throughcare.custody.MovementKind;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.shared.PrisonNumber;

/**
 * An HMPPS domain event as published ({@code eventType}, {@code occurredAt}, {@code
 * additionalInformation} with {@code nomsNumber}, {@code prisonId}, {@code reason}, and for a merge
 * {@code removedNomsNumber}). Parsing refuses what is not one (IllegalArgumentException, naming the
 * field, never its value).
 */
public record HmppsEvent(
        String type,
        Instant occurredAt,
        String prisonNumber,
        String establishment,
        String reason,
        String removedPrisonNumber,
        String body) {

    public static final String RECEIVED = "prisoner-offender-search.prisoner.received";
    public static final String RELEASED = "prisoner-offender-search.prisoner.released";
    public static final String MERGED = "prison-offender-events.prisoner.merged";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    public static HmppsEvent parse(String body) {
        if (body == null || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("An event must be JSON of at most 64 KB");
        }
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The event is not JSON");
        }
        if (event == null || !event.isObject()) {
            throw new IllegalArgumentException("The event must be a JSON object");
        }
        JsonNode information = event.path("additionalInformation");
        return new HmppsEvent(
                required(event, "eventType"),
                instant(required(event, "occurredAt")),
                prisonNumber(information, "nomsNumber", true),
                establishment(information),
                text(information, "reason"),
                prisonNumber(information, "removedNomsNumber", false),
                body);
    }

    /** What the event says, hashed: the same event delivered twice has the same key. */
    public String key() {
        String what = String.join(
                "|",
                type,
                String.valueOf(prisonNumber),
                String.valueOf(removedPrisonNumber),
                String.valueOf(reason),
                String.valueOf(establishment),
                occurredAt.toString());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The movement a received or released event reports, if its reason is one we know. */
    public Optional<MovementKind> movement() {
        return Optional.ofNullable(
                switch (type) {
                    case RECEIVED ->
                        switch (String.valueOf(reason)) {
                            case "NEW_ADMISSION",
                                    "ADMISSION",
                                    "READMISSION",
                                    "READMISSION_SWITCH_BOOKING",
                                    "POST_MERGE_ADMISSION" -> MovementKind.RECEIVED_NEW;
                            case "TRANSFERRED" -> MovementKind.RECEIVED_TRANSFER;
                            case "RETURN_FROM_COURT" -> MovementKind.RETURNED_FROM_COURT;
                            case "TEMPORARY_ABSENCE_RETURN" -> MovementKind.RETURNED_FROM_TEMPORARY_RELEASE;
                            default -> null;
                        };
                    case RELEASED ->
                        switch (String.valueOf(reason)) {
                            case "TRANSFERRED" -> MovementKind.TRANSFERRED_OUT;
                            case "SENT_TO_COURT" -> MovementKind.OUT_TO_COURT;
                            case "RELEASED_TO_HOSPITAL" -> MovementKind.OUT_TO_HOSPITAL;
                            case "TEMPORARY_ABSENCE_RELEASE" -> MovementKind.TEMPORARY_RELEASE;
                            case "RELEASED" -> MovementKind.RELEASED;
                            default -> null;
                        };
                    default -> null;
                });
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("The event has no " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > 100) {
            throw new IllegalArgumentException(field + " must be a string of at most 100 characters");
        }
        return value.asText();
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("occurredAt must be a date and time with an offset");
        }
    }

    private static String prisonNumber(JsonNode information, String field, boolean required) {
        String value = required ? required(information, field) : text(information, field);
        if (value != null && !PrisonNumber.isValid(value)) {
            throw new IllegalArgumentException(field + " must be a prison number (A1234BC)");
        }
        return value;
    }

    private static String establishment(JsonNode information) {
        String value = text(information, "prisonId");
        if (value != null && !EstablishmentCode.isValid(value)) {
            throw new IllegalArgumentException("prisonId must be an establishment code");
        }
        return value;
    }

    @Override
    public String toString() {
        return "HmppsEvent[" + type + "]";
    }
}
