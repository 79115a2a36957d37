package org.throughcare.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.web.WorkingContexts;

/** The header's establishment switcher: the choice lasts for the session and only ever narrows. */
@Controller
class WorkingEstablishmentController {

    private final WorkingContexts contexts;

    WorkingEstablishmentController(WorkingContexts contexts) {
        this.contexts = contexts;
    }

    @GetMapping("/working-establishment")
    String page() {
        return "web/working-establishment";
    }

    /** Back to the start page: what was on screen belonged to the other establishment. */
    @PostMapping("/working-establishment")
    String choose(@RequestParam("establishment") String code) {
        contexts.choose(code);
        return "redirect:/";
    }
}
