package org.throughcare.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.security.Permissions;
import org.throughcare.web.WorkingContexts;

/** After sign-in each role starts where its work is: clinicians at patient search, auditors at the log. */
@Controller
class HomeController {

    private final WorkingContexts contexts;

    HomeController(WorkingContexts contexts) {
        this.contexts = contexts;
    }

    @GetMapping("/")
    String home() {
        var staff = contexts.staff();
        if (staff.filter(Permissions::mayReadPatientRecords).isPresent()) {
            return "redirect:/patients";
        }
        if (staff.filter(Permissions::mayAudit).isPresent()) {
            return "redirect:/audit";
        }
        return "web/home";
    }
}
