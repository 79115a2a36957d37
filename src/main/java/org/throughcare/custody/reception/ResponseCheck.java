package org.throughcare.custody.reception;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * A completed response checked against its Questionnaire: every answer to a question the
 * Questionnaire has, of its type, once unless it repeats, a choice among its options, and every
 * required question answered. Refusals name the question, never the answer.
 */
final class ResponseCheck {

    private ResponseCheck() {}

    static void check(Questionnaire questionnaire, QuestionnaireResponse response) {
        Map<String, QuestionnaireItemComponent> questions = new HashMap<>();
        collect(questionnaire.getItem(), questions);
        Map<String, Integer> answered = new HashMap<>();
        walk(response.getItem(), questions, answered);
        questions.values().stream()
                .filter(QuestionnaireItemComponent::getRequired)
                .filter(q -> !answered.containsKey(q.getLinkId()))
                .findFirst()
                .ifPresent(q -> {
                    throw new IllegalArgumentException("Question '" + q.getLinkId() + "' must be answered");
                });
    }

    private static void collect(List<QuestionnaireItemComponent> items, Map<String, QuestionnaireItemComponent> into) {
        for (QuestionnaireItemComponent item : items) {
            into.put(item.getLinkId(), item);
            collect(item.getItem(), into);
        }
    }

    private static void walk(
            List<QuestionnaireResponseItemComponent> items,
            Map<String, QuestionnaireItemComponent> questions,
            Map<String, Integer> answered) {
        for (QuestionnaireResponseItemComponent item : items) {
            QuestionnaireItemComponent question = questions.get(item.getLinkId());
            if (question == null) {
                throw new IllegalArgumentException("'" + item.getLinkId() + "' is not a question of this form");
            }
            if (item.hasAnswer()) {
                answered.merge(item.getLinkId(), item.getAnswer().size(), Integer::sum);
                if (answered.get(item.getLinkId()) > 1 && !question.getRepeats()) {
                    throw new IllegalArgumentException("Question '" + item.getLinkId() + "' takes one answer");
                }
                item.getAnswer().forEach(answer -> checkType(question, answer));
            }
            walk(item.getItem(), questions, answered);
        }
    }

    private static void checkType(
            QuestionnaireItemComponent question,
            QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer) {
        boolean fits =
                switch (question.getType()) {
                    case BOOLEAN -> answer.hasValueBooleanType();
                    case INTEGER ->
                        answer.hasValueIntegerType()
                                && answer.getValueIntegerType().getValue() >= 0;
                    case STRING, TEXT ->
                        answer.hasValueStringType()
                                && answer.getValueStringType().getValue().length() <= 2000;
                    case DATETIME -> answer.hasValueDateTimeType();
                    case CHOICE -> answer.hasValueCoding() && offered(question, answer.getValueCoding());
                    default -> false;
                };
        if (!fits) {
            throw new IllegalArgumentException("The answer to '" + question.getLinkId() + "' is not a valid "
                    + question.getType().toCode());
        }
    }

    private static boolean offered(QuestionnaireItemComponent question, Coding coding) {
        return question.getAnswerOption().stream()
                .anyMatch(option -> option.getValueCoding().getSystem().equals(coding.getSystem())
                        && option.getValueCoding().getCode().equals(coding.getCode()));
    }
}
