package org.throughcare.custody.reception;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/** The answers of a (checked) response by question link id, wherever they sit in its groups. */
final class Answers {

    private final List<QuestionnaireResponseItemComponent> items = new ArrayList<>();

    Answers(QuestionnaireResponse response) {
        flatten(response.getItem());
    }

    private void flatten(List<QuestionnaireResponseItemComponent> from) {
        for (QuestionnaireResponseItemComponent item : from) {
            items.add(item);
            flatten(item.getItem());
        }
    }

    private List<QuestionnaireResponseItemAnswerComponent> of(String linkId) {
        return items.stream()
                .filter(item -> item.getLinkId().equals(linkId))
                .flatMap(item -> item.getAnswer().stream())
                .toList();
    }

    boolean yes(String linkId) {
        return of(linkId).stream()
                .anyMatch(
                        a -> a.hasValueBooleanType() && a.getValueBooleanType().booleanValue());
    }

    boolean no(String linkId) {
        return of(linkId).stream()
                .anyMatch(
                        a -> a.hasValueBooleanType() && !a.getValueBooleanType().booleanValue());
    }

    List<String> texts(String linkId) {
        return of(linkId).stream()
                .filter(a -> a.hasValueStringType())
                .map(a -> a.getValueStringType().getValue())
                .toList();
    }

    List<String> codes(String linkId) {
        return of(linkId).stream()
                .filter(a -> a.hasValueCoding())
                .map(a -> a.getValueCoding().getCode())
                .toList();
    }

    Optional<Instant> time(String linkId) {
        return of(linkId).stream()
                .filter(a -> a.hasValueDateTimeType())
                .map(a -> a.getValueDateTimeType().getValue().toInstant())
                .findFirst();
    }
}
