package org.throughcare.custody.reception;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.throughcare.custody.ScreenOutcome;
import org.throughcare.custody.TaskKind;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;

/**
 * Stores a checked response and what it implies, inside the caller's transaction: the response (for
 * the patient, in the stay), each derived fact, and a Provenance saying they were derived from it.
 */
@Component
public class ScreenRecording {

    private final RecordService record;
    private final CustodyTasks tasks;
    private final Clock clock;

    ScreenRecording(RecordService record, CustodyTasks tasks, Clock clock) {
        this.record = record;
        this.tasks = tasks;
        this.clock = clock;
    }

    public ScreenOutcome firstScreen(
            Questionnaire form, QuestionnaireResponse response, String patientId, Encounter stay) {
        String responseId = store(form, response, patientId, stay);
        Answers answers = new Answers(response);
        ScreenFacts.Context context = new ScreenFacts.Context(patientId, stay.getIdPart(), responseId);
        List<String> created = new ArrayList<>();
        for (Resource fact : ScreenFacts.derive(answers, context)) {
            created.add(record.create(fact, null).resource().reference());
        }
        answers.time("next-dose-due").ifPresent(due -> {
            String owner = stay.getServiceProvider().getReferenceElement().getIdPart();
            tasks.open(TaskKind.NEXT_DOSE, patientId, stay.getIdPart(), owner, clock.instant(), due);
        });
        provenance(created, responseId);
        return new ScreenOutcome(
                responseId,
                created,
                answers.codes("location").stream().findFirst().orElse(null));
    }

    public ScreenOutcome secondStage(
            Questionnaire form, QuestionnaireResponse response, String patientId, Encounter stay) {
        return new ScreenOutcome(store(form, response, patientId, stay), List.of(), null);
    }

    public String arrivedWithoutMedicines(String patientId, Encounter stay, String note) {
        ScreenFacts.Context context = new ScreenFacts.Context(patientId, stay.getIdPart(), null);
        var flag =
                ScreenFacts.flag("clinical", "Arrived without medicines" + (note == null ? "" : ": " + note), context);
        String flagId = record.create(flag, null).resource().id();
        String owner = stay.getServiceProvider().getReferenceElement().getIdPart();
        tasks.open(TaskKind.NEXT_DOSE, patientId, stay.getIdPart(), owner, clock.instant(), clock.instant());
        return flagId;
    }

    private String store(Questionnaire form, QuestionnaireResponse response, String patientId, Encounter stay) {
        if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            throw RecordException.invalid("Only a completed response can be recorded");
        }
        try {
            ResponseCheck.check(form, response);
        } catch (IllegalArgumentException e) {
            throw new RecordException(RecordException.Kind.UNPROCESSABLE, "invalid", e.getMessage());
        }
        response.setQuestionnaire(form.getUrl() + "|" + form.getVersion());
        response.setSubject(new Reference("Patient/" + patientId));
        response.setEncounter(new Reference("Encounter/" + stay.getIdPart()));
        response.setAuthored(Date.from(clock.instant()));
        return record.create(response, null).resource().id();
    }

    private void provenance(List<String> created, String responseId) {
        if (created.isEmpty()) {
            return;
        }
        Provenance provenance = new Provenance();
        created.forEach(reference -> provenance.addTarget(new Reference(reference)));
        provenance.setRecorded(Date.from(clock.instant()));
        provenance
                .getActivity()
                .addCoding(new org.hl7.fhir.r4.model.Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE", "create"));
        provenance.addAgent().setWho(new Reference().setDisplay("Reception screen"));
        provenance
                .addEntity()
                .setRole(Provenance.ProvenanceEntityRole.DERIVATION)
                .setWhat(new Reference("QuestionnaireResponse/" + responseId));
        record.create(provenance, null);
    }
}
