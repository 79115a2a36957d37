package org.throughcare.custody;

import java.time.Clock;
import java.util.Date;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.reception.CustodyTasks;
import org.throughcare.custody.reception.ScreenQuestionnaires;
import org.throughcare.custody.reception.ScreenRecording;
import org.throughcare.custody.reception.Stays;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordService;

/**
 * Reception and the early days, written as the clinician (their care relationship comes with the
 * stay): the first reception screen and the second-stage assessment as QuestionnaireResponses whose
 * answers become structured facts, medicines reconciliation, and the "arrived without medicines"
 * exception. Each completes its task and records whether the deadline was met.
 */
@Service
public class ReceptionScreens {

    private final RecordService record;
    private final Stays stays;
    private final CustodyTasks tasks;
    private final ScreenRecording recording;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReceptionScreens(
            RecordService record,
            Stays stays,
            CustodyTasks tasks,
            ScreenRecording recording,
            TransactionTemplate transactions,
            Clock clock) {
        this.record = record;
        this.stays = stays;
        this.tasks = tasks;
        this.recording = recording;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The Questionnaire of a screen, for a form to be rendered from: the first reception screen or
     * the second-stage assessment.
     */
    public Questionnaire form(TaskKind kind) {
        String url =
                switch (kind) {
                    case FIRST_RECEPTION_SCREEN -> ScreenQuestionnaires.FIRST_SCREEN_URL;
                    case SECOND_STAGE_ASSESSMENT -> ScreenQuestionnaires.SECOND_STAGE_URL;
                    default -> throw new IllegalArgumentException("No form for " + kind);
                };
        return record.read(Questionnaire.class, ScreenQuestionnaires.id(url));
    }

    /** The first reception screen (NICE NG57 1.1.1-1.1.4), for a patient in a stay. */
    public ScreenOutcome firstScreen(String patientId, QuestionnaireResponse response) {
        Encounter stay = currentStay(patientId);
        Questionnaire form =
                record.read(Questionnaire.class, ScreenQuestionnaires.id(ScreenQuestionnaires.FIRST_SCREEN_URL));
        return transactions.execute(status -> {
            ScreenOutcome outcome = recording.firstScreen(form, response, patientId, stay);
            completeIfOpen(TaskKind.FIRST_RECEPTION_SCREEN, patientId, "QuestionnaireResponse/" + outcome.responseId());
            return outcome;
        });
    }

    /**
     * The second-stage health assessment (NICE QS156 st.2); refused while the medicines
     * reconciliation is still to do (QS156 st.1: it comes first).
     */
    public ScreenOutcome secondStage(String patientId, QuestionnaireResponse response) {
        Encounter stay = currentStay(patientId);
        if (tasks.open(TaskKind.MEDICINES_RECONCILIATION, patientId).isPresent()) {
            throw new RecordException(
                    RecordException.Kind.CONFLICT,
                    "business-rule",
                    "Reconcile the patient's medicines before the second-stage assessment (NICE QS156 statement 1)");
        }
        Questionnaire form =
                record.read(Questionnaire.class, ScreenQuestionnaires.id(ScreenQuestionnaires.SECOND_STAGE_URL));
        return transactions.execute(status -> {
            ScreenOutcome outcome = recording.secondStage(form, response, patientId, stay);
            String result = "QuestionnaireResponse/" + outcome.responseId();
            completeIfOpen(TaskKind.SECOND_STAGE_ASSESSMENT, patientId, result);
            completeIfOpen(TaskKind.BBV_TEST_OFFER, patientId, result);
            return outcome;
        });
    }

    /** Records that the patient's medicines were reconciled (the medication module keeps the detail). */
    public void medicinesReconciled(String patientId, String note) {
        currentStay(patientId);
        Task task = tasks.open(TaskKind.MEDICINES_RECONCILIATION, patientId)
                .orElseThrow(
                        () -> RecordException.notFound("an open medicines reconciliation for Patient/" + patientId));
        transactions.executeWithoutResult(status -> {
            if (note != null) {
                task.addNote()
                        .setText(note)
                        .setTimeElement(new org.hl7.fhir.r4.model.DateTimeType(Date.from(clock.instant())));
            }
            tasks.complete(task, clock.instant(), null);
        });
    }

    /**
     * The transfer summary said medicines should have travelled and they did not: an alert and an
     * urgent task to get the next dose (the 2019 national investigation: a man transferred without
     * his anti-epileptic).
     */
    public String arrivedWithoutMedicines(String patientId, String note) {
        Encounter stay = currentStay(patientId);
        return transactions.execute(status -> recording.arrivedWithoutMedicines(patientId, stay, note));
    }

    private Encounter currentStay(String patientId) {
        record.read("Patient", patientId); // outside the caller's care: not found, as for any record
        return stays.current(patientId)
                .orElseThrow(() -> new RecordException(
                        RecordException.Kind.CONFLICT, "business-rule", "The patient is not in a custody stay"));
    }

    private void completeIfOpen(TaskKind kind, String patientId, String result) {
        tasks.open(kind, patientId).ifPresent(task -> tasks.complete(task, clock.instant(), new Reference(result)));
    }
}
