package org.throughcare.custody.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.Movements;
import org.throughcare.custody.ReceptionScreens;
import org.throughcare.custody.Summaries;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.record.RecordException;
import org.throughcare.shared.EstablishmentCode;

/**
 * The forms of a patient's custody page: a movement, a transfer out with its checklist and
 * summary, a release date, a release with its discharge summary, medicines reconciled, arrived
 * without medicines. Each goes to the custody services as the member of staff, at the
 * establishment they work at now; errors come back on the page, and nothing is recorded.
 */
@Controller
class MovementPages {

    private final Movements movements;
    private final Summaries summaries;
    private final ReceptionScreens screens;
    private final CustodyPage page;
    private final CustodyPages pages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MovementPages(
            Movements movements,
            Summaries summaries,
            ReceptionScreens screens,
            CustodyPage page,
            CustodyPages pages,
            TransactionTemplate transactions,
            Clock clock) {
        this.transactions = transactions;
        this.movements = movements;
        this.summaries = summaries;
        this.screens = screens;
        this.page = page;
        this.pages = pages;
        this.clock = clock;
    }

    @PostMapping("/patients/{id}/movements")
    String movement(
            @PathVariable String id, @ModelAttribute CustodyForms.MovementForm form, Model model, HttpSession session) {
        return submit(id, form.key(), "movementForm", form, form.check(), model, session, () -> {
            MovementKind kind = form.movement();
            move(id, kind, FormText.blankToNull(form.destination()), form.key());
            return new FormOutcome(id, "Movement", List.of(kind.display()));
        });
    }

    @PostMapping("/patients/{id}/transfer-out")
    String transfer(
            @PathVariable String id, @ModelAttribute CustodyForms.TransferForm form, Model model, HttpSession session) {
        Map<String, String> errors = form.check();
        String destination = page.establishmentName(form.destination());
        if (destination == null && !errors.containsKey("transfer-destination")) {
            errors.put("transfer-destination", "Select where the patient is going");
        }
        return submit(id, form.key(), "transferForm", form, errors, model, session, () -> {
            // One transaction: a summary without its transfer (or a transfer without its summary) is
            // never left behind. The summary first: it needs the stay the transfer ends (NICE QS156
            // st.5 checked there).
            String summary = transactions.execute(status -> {
                String written = summaries.transferSummary(id, form.checklist(destination));
                move(id, MovementKind.TRANSFERRED_OUT, null, form.key());
                return written;
            });
            return new FormOutcome(id, "Transfer out", List.of("Transferred out to " + destination), summary);
        });
    }

    @PostMapping("/patients/{id}/release-date")
    String releaseDate(
            @PathVariable String id,
            @ModelAttribute CustodyForms.ReleaseDateForm form,
            Model model,
            HttpSession session) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate date = form.date(LocalDate.now(clock.withZone(Deadlines.LONDON)), errors);
        return submit(id, form.key(), "releaseDateForm", form, errors, model, session, () -> {
            summaries.releaseDate(id, date);
            return new FormOutcome(
                    id, "Release date", List.of("Release date " + date + ": the release plan is due 28 days before"));
        });
    }

    @PostMapping("/patients/{id}/release")
    String release(
            @PathVariable String id, @ModelAttribute CustodyForms.ReleaseForm form, Model model, HttpSession session) {
        return submit(id, form.key(), "releaseForm", form, form.check(), model, session, () -> {
            String summary = summaries.dischargeSummary(id, form.plan());
            move(id, MovementKind.RELEASED, null, form.key());
            return new FormOutcome(id, "Release", List.of("Released; the custody episode is closed"), summary);
        });
    }

    @PostMapping("/patients/{id}/medicines-reconciled")
    String reconciled(
            @PathVariable String id, @ModelAttribute CustodyForms.NoteForm form, Model model, HttpSession session) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String note = FormText.note(form.note(), "reconciled-note", errors);
        return submit(id, form.key(), "reconciledForm", form, errors, model, session, () -> {
            screens.medicinesReconciled(id, note);
            return new FormOutcome(id, "Medicines reconciliation", List.of("Medicines reconciled"));
        });
    }

    @PostMapping("/patients/{id}/arrived-without-medicines")
    String withoutMedicines(
            @PathVariable String id, @ModelAttribute CustodyForms.NoteForm form, Model model, HttpSession session) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String note = FormText.note(form.note(), "without-medicines-note", errors);
        return submit(id, form.key(), "withoutMedicinesForm", form, errors, model, session, () -> {
            screens.arrivedWithoutMedicines(id, note);
            return new FormOutcome(
                    id, "Arrived without medicines", List.of("Alert raised and an urgent task to give the next dose"));
        });
    }

    private void move(String patientId, MovementKind kind, String destination, String key) {
        EstablishmentCode here = pages.workingAt();
        if (here == null) {
            throw RecordException.forbidden("Movements are recorded at an establishment you work at");
        }
        movements.record(new Movement("new", patientId, kind, here, clock.instant(), destination), key);
    }

    /**
     * Records once per form key: errors re-render the page with the form as posted; a refusal of a
     * rule (no stay, too few days of medicines, a reconciliation already done) is shown the same way.
     */
    private String submit(
            String id,
            String key,
            String formName,
            Object form,
            Map<String, String> errors,
            Model model,
            HttpSession session,
            Supplier<FormOutcome> work) {
        pages.requireClinician();
        FormKeys.require(key);
        if (FormKeys.done(session, key).isPresent()) {
            return "redirect:/patients/" + id + "/recorded/" + key;
        }
        if (!errors.isEmpty()) {
            return page.render(model, id, errors, Map.of(formName, form));
        }
        try {
            FormKeys.remember(session, key, work.get());
            return "redirect:/patients/" + id + "/recorded/" + key;
        } catch (RecordException e) {
            if (e.kind() == RecordException.Kind.FORBIDDEN || e.kind() == RecordException.Kind.GONE) {
                throw e;
            }
            // NOT_FOUND included: no open reconciliation. The message names the rule, never patient data.
            return page.render(model, id, Map.of(formName, e.getMessage()), Map.of(formName, form));
        }
    }
}
