package org.throughcare.custody.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.UnknownPrisoners;
import org.throughcare.custody.WaitingEvent;
import org.throughcare.custody.reception.Deadlines;
import org.throughcare.patient.PatientFinder;
import org.throughcare.record.RecordException;

/**
 * A prison service event waiting for a person (its prison number is on no record): find the
 * patient's record among those the member of staff may see and give it the number, or register the
 * person; either way the events that waited are handled at once. The URL carries the event's key (a
 * hash) only; search criteria and demographics travel in the body. Post, redirect, get: the page
 * after is the event, saying what became of it.
 */
@Controller
class UnknownPrisonerController {

    private static final String EVENT = "/prison-events/{key}";
    private static final Pattern PATIENT_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final UnknownPrisoners prisoners;
    private final PatientFinder finder;
    private final CustodyPages pages;
    private final Clock clock;

    UnknownPrisonerController(UnknownPrisoners prisoners, PatientFinder finder, CustodyPages pages, Clock clock) {
        this.prisoners = prisoners;
        this.finder = finder;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(EVENT)
    String event(@PathVariable String key, Model model) {
        return page(model, event(key), RecordSearchForm.BLANK, Map.of());
    }

    @PostMapping(EVENT + "/search")
    String search(@PathVariable String key, @ModelAttribute RecordSearchForm form, Model model) {
        WaitingEvent event = event(key);
        RecordSearchForm.Checked checked = form.check(today());
        if (checked.query() != null) {
            model.addAttribute("found", finder.find(checked.query()));
        }
        return page(model, event, form, checked.errors());
    }

    @PostMapping(EVENT + "/link")
    String link(@PathVariable String key, @RequestParam(required = false) String patient, Model model) {
        WaitingEvent event = event(key);
        if (patient == null || !PATIENT_ID.matcher(patient).matches()) {
            throw RecordException.notFound("Patient");
        }
        try {
            prisoners.link(event.key(), patient);
        } catch (RecordException e) {
            if (e.kind() != RecordException.Kind.CONFLICT) {
                throw e;
            }
            return page(model, event, RecordSearchForm.BLANK, Map.of("search-nhs-number", e.getMessage()));
        }
        return "redirect:/prison-events/" + event.key();
    }

    @GetMapping(EVENT + "/register")
    String registration(@PathVariable String key, Model model) {
        WaitingEvent event = event(key);
        return registerPage(
                model,
                event,
                new ArrivalForm(null, null, null, null, null, null, null, null, null, null, null),
                Map.of());
    }

    @PostMapping(EVENT + "/register")
    String register(@PathVariable String key, @ModelAttribute("form") ArrivalForm posted, Model model) {
        WaitingEvent event = event(key);
        // How they came is the event's to say; the prison number is the event's, never typed.
        ArrivalForm form = new ArrivalForm(
                        null,
                        MovementKind.RECEIVED_NEW.code(),
                        posted.nhsNumber(),
                        null,
                        posted.homeOfficeReference(),
                        posted.family(),
                        posted.given(),
                        posted.day(),
                        posted.month(),
                        posted.year(),
                        posted.sex())
                .withPrisonNumber(event.prisonNumber());
        ArrivalForm.Checked checked = form.check(today());
        if (!checked.errors().isEmpty()) {
            return registerPage(model, event, form, checked.errors());
        }
        try {
            prisoners.register(event.key(), checked.person());
        } catch (RecordException e) {
            if (e.kind() != RecordException.Kind.CONFLICT && e.kind() != RecordException.Kind.INVALID) {
                throw e;
            }
            return registerPage(model, event, form, Map.of("family", e.getMessage()));
        }
        return "redirect:/prison-events/" + event.key();
    }

    private WaitingEvent event(String key) {
        pages.requireMovementsHere();
        return prisoners.event(key);
    }

    private String page(Model model, WaitingEvent event, RecordSearchForm form, Map<String, String> errors) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("times", pages);
        return "custody/unknown-prisoner";
    }

    private String registerPage(Model model, WaitingEvent event, ArrivalForm form, Map<String, String> errors) {
        if (!event.unknownPrisoner()) {
            return "redirect:/prison-events/" + event.key();
        }
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "custody/register-prisoner";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Deadlines.LONDON));
    }
}
