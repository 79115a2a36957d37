package org.throughcare.custody.web;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.throughcare.custody.reception.Deadlines;

/**
 * A posted screen form read against its Questionnaire: only its questions' fields are read, each
 * answer of the question's type, choices among its options, required questions answered. The
 * result is a completed QuestionnaireResponse in the Questionnaire's groups, or a message per field.
 */
final class ScreenAnswers {

    private static final int MAX_TEXT = 2000;

    private ScreenAnswers() {}

    /** The response, or the problems keyed by the id of the field to fix (in form order). */
    static Checked read(Questionnaire questionnaire, Map<String, List<String>> posted) {
        Map<String, String> errors = new LinkedHashMap<>();
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        for (QuestionnaireItemComponent group : questionnaire.getItem()) {
            QuestionnaireResponseItemComponent section = new QuestionnaireResponseItemComponent();
            section.setLinkId(group.getLinkId()).setText(group.getText());
            for (QuestionnaireItemComponent item : group.getItem()) {
                List<Type> answers = answers(item, posted.getOrDefault(item.getLinkId(), List.of()), errors);
                if (!answers.isEmpty()) {
                    QuestionnaireResponseItemComponent answered =
                            section.addItem().setLinkId(item.getLinkId());
                    answers.forEach(value -> answered.addAnswer().setValue(value));
                } else if (item.getRequired() && !errors.containsKey("q-" + item.getLinkId())) {
                    errors.put("q-" + item.getLinkId(), "Answer: " + item.getText());
                }
            }
            if (section.hasItem()) {
                response.addItem(section);
            }
        }
        return new Checked(errors.isEmpty() ? response : null, errors);
    }

    private static List<Type> answers(
            QuestionnaireItemComponent item, List<String> values, Map<String, String> errors) {
        List<String> given = values.stream()
                .flatMap(v -> ScreenForm.control(item).equals("lines") ? v.lines() : java.util.stream.Stream.of(v))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        if (given.size() > 1 && !item.getRepeats()) {
            errors.put("q-" + item.getLinkId(), "Give one answer to: " + item.getText());
            return List.of();
        }
        try {
            return given.stream().map(value -> answer(item, value)).toList();
        } catch (IllegalArgumentException e) {
            errors.put("q-" + item.getLinkId(), e.getMessage());
            return List.of();
        }
    }

    private static Type answer(QuestionnaireItemComponent item, String value) {
        return switch (item.getType()) {
            case BOOLEAN -> yesNo(item, value);
            case CHOICE -> choice(item, value);
            case STRING, TEXT -> text(item, value);
            case INTEGER -> number(item, value);
            case DATETIME -> dateTime(item, value);
            default -> throw new IllegalArgumentException("Cannot answer: " + item.getText());
        };
    }

    private static Type yesNo(QuestionnaireItemComponent item, String value) {
        return switch (value) {
            case "yes" -> new BooleanType(true);
            case "no" -> new BooleanType(false);
            default -> throw new IllegalArgumentException("Select yes or no: " + item.getText());
        };
    }

    private static Type choice(QuestionnaireItemComponent item, String value) {
        return item.getAnswerOption().stream()
                .map(Questionnaire.QuestionnaireItemAnswerOptionComponent::getValueCoding)
                .filter(coding -> coding.getCode().equals(value))
                .findFirst()
                .map(Coding::copy)
                .orElseThrow(() -> new IllegalArgumentException("Select one of the options: " + item.getText()));
    }

    private static Type text(QuestionnaireItemComponent item, String value) {
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Must be 2,000 characters or fewer: " + item.getText());
        }
        return new StringType(value);
    }

    private static Type number(QuestionnaireItemComponent item, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0 || number > 1000) {
                throw new NumberFormatException("out of range");
            }
            return new IntegerType(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter a whole number from 0 to 1000: " + item.getText());
        }
    }

    private static Type dateTime(QuestionnaireItemComponent item, String value) {
        try {
            // A date and time as the browser's control sends it, in UK time.
            LocalDateTime local = LocalDateTime.parse(value);
            Date at = Date.from(local.atZone(Deadlines.LONDON).toInstant());
            return new DateTimeType(at, TemporalPrecisionEnum.MINUTE, TimeZone.getTimeZone(Deadlines.LONDON));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Enter a real date and time: " + item.getText());
        }
    }

    /** The outcome of reading: a response when there are no errors. */
    record Checked(QuestionnaireResponse response, Map<String, String> errors) {}
}
