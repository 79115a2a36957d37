package org.throughcare.custody.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.throughcare.custody.Movements;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.patient.PatientRecords;
import org.throughcare.record.RecordException;
import org.throughcare.shared.EstablishmentCode;

/**
 * Record an arrival at the establishment worked at now: the person is found by identifier or given
 * a new record, possible duplicates go to review, and the reception is recorded (Movements).
 * Post, redirect, get: the outcome page is named by the form's random key, never by the patient.
 */
@Controller
class ArrivalController {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");
    private static final String OUTCOME = "custody.arrival.";

    private final Movements movements;
    private final PatientRecords records;
    private final CustodyPages pages;
    private final Clock clock;

    ArrivalController(Movements movements, PatientRecords records, CustodyPages pages, Clock clock) {
        this.movements = movements;
        this.records = records;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/reception/arrival")
    String form(Model model) {
        requireEstablishment();
        ArrivalForm blank = new ArrivalForm(
                UUID.randomUUID().toString(), null, null, null, null, null, null, null, null, null, null);
        return page(model, blank, Map.of());
    }

    @PostMapping("/reception/arrival")
    String record(@ModelAttribute("form") ArrivalForm form, Model model, HttpSession session) {
        EstablishmentCode here = requireEstablishment();
        if (form.key() == null || !KEY.matcher(form.key()).matches()) {
            throw RecordException.invalid("The form has expired: start again");
        }
        if (session.getAttribute(OUTCOME + form.key()) != null) {
            return "redirect:/reception/arrival/" + form.key(); // the same form posted again
        }
        ArrivalForm.Checked checked = form.check(LocalDate.now(clock.withZone(Deadlines.LONDON)));
        if (!checked.errors().isEmpty()) {
            return page(model, form, checked.errors());
        }
        try {
            Movements.Reception reception =
                    movements.receive(checked.person(), here, checked.kind(), clock.instant(), form.key());
            var found = reception.identification();
            session.setAttribute(
                    OUTCOME + form.key(),
                    new ArrivalOutcome(
                            found.patientId(),
                            found.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            found.possibleDuplicates().size(),
                            checked.kind().code()));
            return "redirect:/reception/arrival/" + form.key();
        } catch (RecordException e) {
            if (e.kind() != RecordException.Kind.INVALID && e.kind() != RecordException.Kind.UNPROCESSABLE) {
                throw e;
            }
            // Movements' refusals name the rule (a retired establishment, a time to come), never the person.
            return page(model, form, Map.of("kind", e.getMessage()));
        }
    }

    @GetMapping("/reception/arrival/{key}")
    String recorded(@PathVariable String key, Model model, HttpSession session) {
        pages.requireClinician();
        if (!KEY.matcher(key).matches() || !(session.getAttribute(OUTCOME + key) instanceof ArrivalOutcome outcome)) {
            throw RecordException.notFound("arrival");
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("banner", records.banner(outcome.patientId()));
        model.addAttribute("rights", pages.rights());
        return "custody/arrived";
    }

    private String page(Model model, ArrivalForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ArrivalForm.KINDS);
        return "custody/arrival";
    }

    /** Only staff who may record movements where they work now are shown the form (ADR 0071). */
    private EstablishmentCode requireEstablishment() {
        return pages.requireMovementsHere();
    }
}
