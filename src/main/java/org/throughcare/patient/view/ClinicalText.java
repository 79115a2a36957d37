package org.throughcare.patient.view;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/** Reading FHIR values as people read them: codes as words, instants in Europe/London. */
public final class ClinicalText {

    /** Clinical times are stored in UTC and shown in the time of the place of care. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ENGLISH);

    static final String REDACTED_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

    private ClinicalText() {}

    /** The concept's text, else its first coding's display, else its first code; null when empty. */
    public static String text(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) {
            return null;
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(coding -> coding.hasDisplay() ? coding.getDisplay() : coding.getCode())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The first code of the concept in the system, or null. */
    static String code(CodeableConcept concept, String system) {
        return concept == null
                ? null
                : concept.getCoding().stream()
                        .filter(coding -> system.equals(coding.getSystem()))
                        .map(Coding::getCode)
                        .findFirst()
                        .orElse(null);
    }

    /**
     * The calendar date: a date as written (never shifted by a time zone), a date and time as the
     * day in London; null when absent. Less precise values (a year, a month) give their first day.
     */
    public static LocalDate date(BaseDateTimeType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        if (value.getPrecision().compareTo(TemporalPrecisionEnum.DAY) <= 0) {
            int month = value.getPrecision() == TemporalPrecisionEnum.YEAR ? 1 : value.getMonth() + 1;
            int day = value.getPrecision() == TemporalPrecisionEnum.DAY ? value.getDay() : 1;
            return LocalDate.of(value.getYear(), month, day);
        }
        return value.getValue().toInstant().atZone(LONDON).toLocalDate();
    }

    /**
     * As clinical systems show it, no more precise than recorded: "2019", "Apr-2019",
     * "12-Apr-2019", or "12-Apr-2019 14:05" in London time; null when absent.
     */
    public static String display(BaseDateTimeType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        return switch (value.getPrecision()) {
            case YEAR -> Integer.toString(value.getYear());
            case MONTH -> DATE.format(date(value)).substring(3);
            case DAY -> DATE.format(date(value));
            default -> DATE_TIME.format(value.getValue().toInstant().atZone(LONDON));
        };
    }

    /** A stub the access policy put in place of an item the viewer's role may not see. */
    public static boolean withheld(Resource resource) {
        return resource.getMeta().getSecurity().stream()
                .anyMatch(label -> REDACTED_SYSTEM.equals(label.getSystem()) && "REDACTED".equals(label.getCode()));
    }
}
