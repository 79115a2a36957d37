package org.throughcare.custody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.custody.reception.CustodyTasks;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.custody.reception.ScreenFacts;
import org.throughcare.custody.reception.Stays;
import org.throughcare.custody.summary.SummaryRenderer;
import org.throughcare.custody.summary.SummarySections;
import org.throughcare.record.RecordException;
import org.throughcare.record.RecordSearch;
import org.throughcare.record.RecordService;
import org.throughcare.record.SearchRequest;
import org.throughcare.security.Callers;

/**
 * What travels with a patient: the transfer summary with its checklist (fit to travel, at least 7
 * days of medicines packed: NICE QS156 statement 5), the release plan due 28 days before a known
 * release date, and the discharge summary on release, each a Composition written as the clinician
 * and readable as HTML or PDF. The receiving establishment reads the same Composition.
 */
@Service
public class Summaries {

    /** NICE QS156 statement 5: at least 7 days of current medicines travel with every transfer. */
    public static final int MINIMUM_DAYS_OF_MEDICINES = 7;

    static final String TRANSFER_SUMMARY = "18761-7";
    static final String DISCHARGE_SUMMARY = "18842-5";

    private final RecordService record;
    private final RecordSearch search;
    private final SummarySections sections;
    private final Stays stays;
    private final CustodyTasks tasks;
    private final Callers callers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Summaries(
            RecordService record,
            RecordSearch search,
            SummarySections sections,
            Stays stays,
            CustodyTasks tasks,
            Callers callers,
            TransactionTemplate transactions,
            Clock clock) {
        this.record = record;
        this.search = search;
        this.sections = sections;
        this.stays = stays;
        this.tasks = tasks;
        this.callers = callers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The transfer checklist as completed by the sending establishment. */
    public record TransferChecklist(boolean fitToTravel, int medicineDaysPacked, String destination, String note) {}

    /** The release plan: GP registration, referrals, medicines to take out, naloxone. */
    public record ReleasePlan(String gpRegistration, String referrals, String medicinesToTakeOut, boolean naloxone) {}

    /** Writes the transfer summary; refused when current medicines go with fewer than 7 days. */
    public String transferSummary(String patientId, TransferChecklist checklist) {
        Encounter stay = currentStay(patientId);
        boolean onMedicines = !search.find(
                        MedicationStatement.class,
                        List.of(
                                new SearchRequest.Parameter("patient", "Patient/" + patientId),
                                new SearchRequest.Parameter("status", "active")))
                .isEmpty();
        if (onMedicines && checklist.medicineDaysPacked() < MINIMUM_DAYS_OF_MEDICINES) {
            throw new RecordException(
                    RecordException.Kind.UNPROCESSABLE,
                    "business-rule",
                    "At least 7 days of current medicines must travel with the patient (NICE QS156 statement 5)");
        }
        List<String> lines = new ArrayList<>();
        lines.add(checklist.fitToTravel() ? "Fit to travel" : "NOT fit to travel");
        lines.add("Days of current medicines packed: " + checklist.medicineDaysPacked());
        lines.add("Medicines should travel: " + (onMedicines ? "yes" : "no current medicines"));
        if (checklist.destination() != null) {
            lines.add("Destination: " + checklist.destination());
        }
        if (checklist.note() != null) {
            lines.add(checklist.note());
        }
        return transactions.execute(status -> {
            var flag = ScreenFacts.flag(
                    "admin",
                    checklist.fitToTravel() ? "Fit to transfer" : "Not fit to transfer",
                    new ScreenFacts.Context(patientId, stay.getIdPart(), null));
            record.create(flag, null);
            tasks.open(TaskKind.TRANSFER_CHECKLIST, patientId)
                    .ifPresent(task -> tasks.complete(task, clock.instant(), null));
            return write(
                    TRANSFER_SUMMARY,
                    "Transfer summary",
                    patientId,
                    stay,
                    SummarySections.text("Transfer checklist", lines));
        });
    }

    /** Records a known release date: the release plan is due 28 days before it. */
    public void releaseDate(String patientId, LocalDate date) {
        Encounter stay = currentStay(patientId);
        var due = date.atStartOfDay(Deadlines.LONDON).toInstant().minus(java.time.Duration.ofDays(28));
        String owner = stay.getServiceProvider().getReferenceElement().getIdPart();
        tasks.open(TaskKind.RELEASE_PLAN, patientId, stay.getIdPart(), owner, clock.instant(), due);
    }

    /** Writes the discharge summary for the patient's release, completing the release plan. */
    public String dischargeSummary(String patientId, ReleasePlan plan) {
        Encounter stay = currentStay(patientId);
        List<String> lines = new ArrayList<>();
        lines.add("GP registration: " + orNone(plan.gpRegistration()));
        lines.add("Referrals: " + orNone(plan.referrals()));
        lines.add("Medicines to take out: " + orNone(plan.medicinesToTakeOut()));
        lines.add("Naloxone: " + (plan.naloxone() ? "supplied" : "not supplied"));
        return transactions.execute(status -> {
            tasks.open(TaskKind.RELEASE_PLAN, patientId).ifPresent(task -> tasks.complete(task, clock.instant(), null));
            return write(
                    DISCHARGE_SUMMARY,
                    "Discharge summary",
                    patientId,
                    stay,
                    SummarySections.text("Release plan", lines));
        });
    }

    /** A summary written for a patient: its Composition id, title and when. */
    public record Written(String id, String title, java.time.Instant date) {}

    /** The transfer and discharge summaries of a patient the caller may read, newest first. */
    public List<Written> written(String patientId) {
        return search
                .find(
                        Composition.class,
                        List.of(
                                new SearchRequest.Parameter("subject", "Patient/" + patientId),
                                new SearchRequest.Parameter("_sort", "-date"),
                                new SearchRequest.Parameter("_count", "50")))
                .stream()
                .filter(c -> c.getType().getCoding().stream()
                        .anyMatch(code ->
                                TRANSFER_SUMMARY.equals(code.getCode()) || DISCHARGE_SUMMARY.equals(code.getCode())))
                .map(c -> new Written(c.getIdPart(), c.getTitle(), c.getDate().toInstant()))
                .toList();
    }

    /** Whether the Composition is a summary about this patient (pages check before showing one). */
    public boolean isAbout(String compositionId, String patientId) {
        Composition composition = record.read(Composition.class, compositionId);
        return composition.getSubject().getReferenceElement().getIdPart().equals(patientId);
    }

    /** A summary as HTML. */
    public String html(String compositionId) {
        return SummaryRenderer.html(record.read(Composition.class, compositionId));
    }

    /** A summary as PDF. */
    public byte[] pdf(String compositionId) {
        return SummaryRenderer.pdf(record.read(Composition.class, compositionId));
    }

    private String write(
            String loinc, String title, String patientId, Encounter stay, Composition.SectionComponent first) {
        Composition composition = new Composition();
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setType(new CodeableConcept(new Coding("http://loinc.org", loinc, title)));
        composition.setSubject(new Reference("Patient/" + patientId));
        composition.setEncounter(new Reference("Encounter/" + stay.getIdPart()));
        composition.setDate(Date.from(clock.instant()));
        composition.addAuthor(
                new Reference().setDisplay(callers.current().map(c -> c.id()).orElse("unknown")));
        composition.setTitle(title);
        composition.addSection(first);
        sections.clinical(patientId).forEach(composition::addSection);
        return record.create(composition, null).resource().id();
    }

    private Encounter currentStay(String patientId) {
        record.read("Patient", patientId);
        return stays.current(patientId)
                .orElseThrow(() -> new RecordException(
                        RecordException.Kind.CONFLICT, "business-rule", "The patient is not in a custody stay"));
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "none recorded" : text;
    }
}
