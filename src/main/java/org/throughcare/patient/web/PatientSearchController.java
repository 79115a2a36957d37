package org.throughcare.patient.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.throughcare.patient.FoundPatients;
import org.throughcare.patient.PatientFinder;

/**
 * Find a patient. The criteria travel in a POST body (htmx swaps the form and results in place;
 * without script the whole page is posted), so no patient detail is ever in a URL, a browser
 * history or a server log.
 */
@Controller
class PatientSearchController {

    private final PatientFinder finder;
    private final PatientPages pages;

    PatientSearchController(PatientFinder finder, PatientPages pages) {
        this.finder = finder;
        this.pages = pages;
    }

    @GetMapping("/patients")
    String page(Model model) {
        pages.requireReader();
        model.addAttribute("form", new PatientSearchForm(null, null, null, null, null, null, null));
        return "patient/search";
    }

    @PostMapping("/patients/search")
    String search(
            @ModelAttribute("form") PatientSearchForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        pages.requireReader();
        PatientSearchForm.Checked checked = form.check(pages.today());
        model.addAttribute("errors", checked.errors());
        if (checked.query() != null) {
            FoundPatients found = finder.find(checked.query());
            model.addAttribute("found", found);
            model.addAttribute(
                    "offerEmergencyAccess",
                    found.patients().isEmpty() && checked.query().byNumber() && pages.mayBreakGlass());
        }
        return htmx == null ? "patient/search" : "patient/search :: search";
    }
}
