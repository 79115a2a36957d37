package org.throughcare.custody.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;

/**
 * A screen's Questionnaire as a form in the design system: each group a section, each question a
 * control chosen by its type (yes/no radios, radios or checkboxes for choices, text, numbers, a
 * date and time), filled with what was posted when the form comes back with errors.
 *
 * @param title the Questionnaire's title
 * @param sections its groups, in order
 */
public record ScreenForm(String title, List<Section> sections) {

    /** A group of questions. */
    public record Section(String id, String title, List<Question> questions) {}

    /**
     * One question.
     *
     * @param linkId its link id, also the form field's name and (prefixed {@code q-}) its id
     * @param text the question
     * @param control yes-no, radios, checkboxes, input, lines, textarea, number or datetime
     * @param required whether it must be answered
     * @param options the choices (radios and checkboxes)
     * @param values what was posted
     */
    public record Question(
            String linkId, String text, String control, boolean required, List<Option> options, List<String> values) {

        public String id() {
            return "q-" + linkId;
        }

        public String value() {
            return values.isEmpty() ? null : String.join("\n", values);
        }

        public boolean chosen(String code) {
            return values.contains(code);
        }
    }

    /** A choice: its code and label. */
    public record Option(String code, String label) {}

    static ScreenForm of(Questionnaire questionnaire, Map<String, List<String>> posted) {
        List<Section> sections = new ArrayList<>();
        for (QuestionnaireItemComponent group : questionnaire.getItem()) {
            List<Question> questions = new ArrayList<>();
            for (QuestionnaireItemComponent item : group.getItem()) {
                questions.add(question(item, posted.getOrDefault(item.getLinkId(), List.of())));
            }
            sections.add(new Section(group.getLinkId(), group.getText(), questions));
        }
        return new ScreenForm(questionnaire.getTitle(), sections);
    }

    private static Question question(QuestionnaireItemComponent item, List<String> values) {
        List<Option> options = item.getAnswerOption().stream()
                .map(o -> new Option(
                        o.getValueCoding().getCode(),
                        capitalised(o.getValueCoding().getDisplay())))
                .toList();
        return new Question(item.getLinkId(), item.getText(), control(item), item.getRequired(), options, values);
    }

    static String control(QuestionnaireItemComponent item) {
        return switch (item.getType()) {
            case BOOLEAN -> "yes-no";
            case CHOICE -> item.getRepeats() ? "checkboxes" : "radios";
            case STRING -> item.getRepeats() ? "lines" : "input";
            case TEXT -> "textarea";
            case INTEGER -> "number";
            case DATETIME -> "datetime";
            default -> throw new IllegalStateException("No control for " + item.getType());
        };
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
