package org.throughcare.custody.reception;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import org.throughcare.custody.TaskKind;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchRequest;

/**
 * Custody work as FHIR Tasks: for the patient, in the stay, owned by the establishment, due at
 * {@code restriction.period.end}. One task of each kind per stay (its identifier), so announcing a
 * stay twice makes no second task. Completing one records whether the deadline was met ({@code
 * businessStatus} met or breached).
 */
@Component
public class CustodyTasks {

    public static final String TASK_ID = "https://fhir.throughcare.org/Id/custody-task";

    /** Why a custody task was closed undone. */
    public static final String STATUS_REASON = "https://fhir.throughcare.org/CodeSystem/custody-task-status-reason";

    private static final String PATIENT_LEFT = "patient-left";

    private final RecordService record;
    private final RecordSearch search;

    CustodyTasks(RecordService record, RecordSearch search) {
        this.record = record;
        this.search = search;
    }

    /**
     * Opens the task unless the stay has one of this kind already; one closed when the patient left
     * is opened again (the stay turned out not to have ended: a late or corrected movement).
     */
    public void open(
            TaskKind kind, String patientId, String stayId, String organisationId, Instant authored, Instant due) {
        openAll(Map.of(kind, due), patientId, stayId, organisationId, authored);
    }

    /** {@link #open} for several kinds, each with its deadline, looking up the stay's tasks once. */
    public void openAll(
            Map<TaskKind, Instant> dues, String patientId, String stayId, String organisationId, Instant authored) {
        Map<String, Task> existing = new HashMap<>();
        inStay(stayId, null).forEach(task -> task.getIdentifier().stream()
                .filter(id -> TASK_ID.equals(id.getSystem()))
                .forEach(id -> existing.put(id.getValue(), task)));
        dues.forEach((kind, due) -> {
            String identifier = kind.code() + ":" + stayId;
            Task found = existing.get(identifier);
            if (found == null) {
                create(kind, identifier, patientId, stayId, organisationId, authored, due);
            } else if (closedOnDeparture(found)) {
                reopen(found);
            }
        });
    }

    private void create(
            TaskKind kind,
            String identifier,
            String patientId,
            String stayId,
            String organisationId,
            Instant authored,
            Instant due) {
        Task task = new Task();
        task.addIdentifier().setSystem(TASK_ID).setValue(identifier);
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(kind == TaskKind.NEXT_DOSE ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
        task.setCode(new CodeableConcept(new Coding(kind.system(), kind.code(), kind.display())));
        task.setDescription(kind.display());
        task.setFor(new Reference("Patient/" + patientId));
        task.setEncounter(new Reference("Encounter/" + stayId));
        task.setOwner(new Reference("Organization/" + organisationId));
        task.setAuthoredOn(Date.from(authored));
        task.getRestriction().getPeriod().setEnd(Date.from(due));
        task.setBusinessStatus(new CodeableConcept().setText("due"));
        // Conditional as well: two movements of one patient are serialised, but API clients are not.
        record.create(task, "identifier=" + TASK_ID + "|" + identifier);
    }

    /** The work still open in a stay. */
    public List<Task> openInStay(String stayId) {
        return inStay(stayId, "requested,in-progress");
    }

    private List<Task> inStay(String stayId, String statuses) {
        List<SearchRequest.Parameter> query = new ArrayList<>(List.of(
                new SearchRequest.Parameter("encounter", "Encounter/" + stayId),
                new SearchRequest.Parameter("_count", "1000")));
        if (statuses != null) {
            query.add(new SearchRequest.Parameter("status", statuses));
        }
        return search.find(Task.class, query);
    }

    /**
     * Closes a task because the patient left the establishment before it was done: cancelled, with
     * whether its deadline had already been missed kept for governance ({@code businessStatus}).
     */
    public void closeOnDeparture(Task task, Instant left) {
        Instant due = task.getRestriction().getPeriod().getEnd().toInstant();
        task.setStatus(Task.TaskStatus.CANCELLED);
        task.setStatusReason(
                new CodeableConcept(new Coding(STATUS_REASON, PATIENT_LEFT, "Patient left the establishment")));
        task.getExecutionPeriod().setEnd(Date.from(left));
        task.setBusinessStatus(new CodeableConcept()
                .setText(
                        Deadlines.breached(due, left)
                                ? "breached: not done before the patient left"
                                : "not done: the patient left"));
        record.update(
                task,
                task.getIdElement().getIdPart(),
                Integer.valueOf(task.getMeta().getVersionId()));
    }

    private void reopen(Task task) {
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setStatusReason(null);
        task.getExecutionPeriod().setEnd(null);
        task.setBusinessStatus(new CodeableConcept().setText("due"));
        record.update(
                task,
                task.getIdElement().getIdPart(),
                Integer.valueOf(task.getMeta().getVersionId()));
    }

    private static boolean closedOnDeparture(Task task) {
        return task.getStatus() == Task.TaskStatus.CANCELLED
                && task.getStatusReason().getCoding().stream()
                        .anyMatch(c -> STATUS_REASON.equals(c.getSystem()) && PATIENT_LEFT.equals(c.getCode()));
    }

    /** The open task of this kind for the patient, if any (the newest). */
    public Optional<Task> open(TaskKind kind, String patientId) {
        return search
                .find(
                        Task.class,
                        List.of(
                                new SearchRequest.Parameter("patient", "Patient/" + patientId),
                                new SearchRequest.Parameter("code", kind.system() + "|" + kind.code()),
                                new SearchRequest.Parameter("status", "requested,in-progress"),
                                new SearchRequest.Parameter("_sort", "-authored-on")))
                .stream()
                .findFirst();
    }

    /** Completes the task, recording whether its deadline was met, and what it produced. */
    public void complete(Task task, Instant at, Reference output) {
        task.setStatus(Task.TaskStatus.COMPLETED);
        task.getExecutionPeriod().setEnd(Date.from(at));
        Instant due = task.getRestriction().getPeriod().getEnd().toInstant();
        task.setBusinessStatus(new CodeableConcept().setText(Deadlines.breached(due, at) ? "completed late" : "met"));
        if (output != null) {
            task.addOutput().setType(new CodeableConcept().setText("result")).setValue(output);
        }
        record.update(
                task,
                task.getIdElement().getIdPart(),
                Integer.valueOf(task.getMeta().getVersionId()));
    }
}
