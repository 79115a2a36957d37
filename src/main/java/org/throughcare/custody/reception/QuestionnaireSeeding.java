package org.throughcare.custody.reception;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordService;
import org.throughcare.security.Callers;

/** Puts the current versions of the reception Questionnaires in the record at start-up (unchanged: no new version). */
@Component
class QuestionnaireSeeding implements SmartInitializingSingleton {

    private final RecordService record;
    private final Callers callers;

    QuestionnaireSeeding(RecordService record, Callers callers) {
        this.record = record;
        this.callers = callers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        callers.asSystem("questionnaire-seeding", () -> {
            var first = ScreenQuestionnaires.firstScreen();
            record.update(first, first.getIdElement().getIdPart(), null);
            var second = ScreenQuestionnaires.secondStage();
            return record.update(second, second.getIdElement().getIdPart(), null);
        });
    }
}
