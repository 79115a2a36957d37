package org.throughcare.custody.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.Establishments;
import org.throughcare.custody.Summaries;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.custody.reception.Stays;
import org.throughcare.custody.worklist.WorklistQueries;
import org.throughcare.shared.EstablishmentCode;

/**
 * A patient's custody page: where they are, their open work, the summaries written, and the forms
 * that record what happens next. The forms are offered only while the patient is in a stay at the
 * establishment the member of staff works at; staff of the establishment they left read, read only.
 */
@Component
class CustodyPage {

    private final CustodyPages pages;
    private final Stays stays;
    private final WorklistQueries queries;
    private final Summaries summaries;
    private final Establishments establishments;
    private final Clock clock;

    CustodyPage(
            CustodyPages pages,
            Stays stays,
            WorklistQueries queries,
            Summaries summaries,
            Establishments establishments,
            Clock clock) {
        this.pages = pages;
        this.stays = stays;
        this.queries = queries;
        this.summaries = summaries;
        this.establishments = establishments;
        this.clock = clock;
    }

    /** Where the patient is now, as the page says it. */
    public record Whereabouts(String establishment, Instant since, boolean here) {}

    /** An open task, as the page lists it. */
    public record Work(String what, Instant due, boolean overdue) {}

    /** Fills the model; {@code posted} holds the form that came back with errors, by its name. */
    String render(Model model, String patientId, Map<String, String> errors, Map<String, Object> posted) {
        model.addAttribute("banner", pages.banner(patientId));
        Optional<Encounter> stay = stays.current(patientId);
        String hereId = Optional.ofNullable(pages.workingAt())
                .flatMap(establishments::find)
                .map(Establishment::id)
                .orElse(null);
        Whereabouts where = stay.map(s -> whereabouts(s, hereId)).orElse(null);
        model.addAttribute("patientId", patientId);
        model.addAttribute("where", where);
        CustodyRights rights = pages.rights();
        model.addAttribute("inCare", where != null && where.here() && rights.any());
        model.addAttribute("rights", rights);
        model.addAttribute("work", work(patientId));
        model.addAttribute("summaries", summaries.written(patientId));
        model.addAttribute("movements", CustodyForms.MOVEMENTS);
        model.addAttribute("destinations", destinations(hereId));
        model.addAttribute("errors", errors);
        model.addAttribute("times", pages);
        for (String form :
                List.of("movement", "transfer", "releaseDate", "release", "reconciled", "withoutMedicines")) {
            model.addAttribute(form + "Key", FormKeys.fresh());
        }
        model.addAllAttributes(posted);
        return "custody/custody";
    }

    private Whereabouts whereabouts(Encounter stay, String hereId) {
        String id = stay.getServiceProvider().getReferenceElement().getIdPart();
        String name = establishments.all().stream()
                .filter(e -> e.id().equals(id))
                .map(Establishment::name)
                .findFirst()
                .orElse(id);
        return new Whereabouts(name, stay.getPeriod().getStart().toInstant(), id.equals(hereId));
    }

    private List<Work> work(String patientId) {
        Instant now = clock.instant();
        return queries.openTasksOf(patientId).stream()
                .map(task -> new Work(task.getDescription(), due(task), Deadlines.breached(due(task), now)))
                .toList();
    }

    private List<Establishment> destinations(String hereId) {
        return establishments.all().stream()
                .filter(Establishment::active)
                .filter(e -> !e.id().equals(hereId))
                .toList();
    }

    /** The name of an active establishment with this code, or null. */
    String establishmentName(String code) {
        return code != null && EstablishmentCode.isValid(code)
                ? establishments
                        .find(EstablishmentCode.of(code))
                        .filter(Establishment::active)
                        .map(Establishment::name)
                        .orElse(null)
                : null;
    }

    private static Instant due(Task task) {
        return task.getRestriction().getPeriod().getEnd().toInstant();
    }
}
