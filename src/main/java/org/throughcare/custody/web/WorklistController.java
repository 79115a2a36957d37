package org.throughcare.custody.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.custody.Worklists;
import org.throughcare.shared.EstablishmentCode;

/**
 * The worklists of the establishment the member of staff is working at now. The URL names nothing:
 * the establishment comes from the session (WorkingContexts), so nobody can ask for another's.
 */
@Controller
class WorklistController {

    private final Worklists worklists;
    private final CustodyPages pages;

    WorklistController(Worklists worklists, CustodyPages pages) {
        this.worklists = worklists;
        this.pages = pages;
    }

    @GetMapping("/worklists")
    String worklists(Model model) {
        pages.requireClinician();
        EstablishmentCode here = pages.workingAt();
        if (here != null) {
            model.addAttribute("worklist", worklists.of(here));
        }
        model.addAttribute("times", pages);
        model.addAttribute("rights", pages.rights());
        return "custody/worklists";
    }
}
