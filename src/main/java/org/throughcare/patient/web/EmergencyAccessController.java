package org.throughcare.patient.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.throughcare.record.RecordException;
import org.throughcare.security.BreakGlass;
import org.throughcare.security.BreakGlassGrant;

/**
 * Emergency access (break-glass) for clinicians: a stated reason buys time-limited access to one
 * patient outside their relationships; the grant and every access under it are audited as
 * emergency access and wait for the Caldicott guardian's review (docs/security.md section 7).
 */
@Controller
class EmergencyAccessController {

    private final BreakGlass breakGlass;
    private final PatientPages pages;

    EmergencyAccessController(BreakGlass breakGlass, PatientPages pages) {
        this.breakGlass = breakGlass;
        this.pages = pages;
    }

    @GetMapping("/emergency-access")
    String form(Model model) {
        pages.requireClinician();
        model.addAttribute("form", new EmergencyAccessForm(null, null, null));
        model.addAttribute("errors", Map.of());
        return "patient/emergency-access";
    }

    @PostMapping("/emergency-access")
    String grant(@ModelAttribute("form") EmergencyAccessForm form, Model model) {
        pages.requireClinician();
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            try {
                BreakGlassGrant grant = breakGlass.grantForPatientWith(form.system(), form.value(), form.reasonText());
                return "redirect:/patients/" + grant.patientId();
            } catch (RecordException refused) {
                errors = problem(refused, form.system().equals(org.throughcare.shared.NhsNumber.SYSTEM));
            }
        }
        model.addAttribute("errors", errors);
        return "patient/emergency-access";
    }

    private static Map<String, String> problem(RecordException refused, boolean byNhsNumber) {
        String field = byNhsNumber ? "nhs-number" : "prison-number";
        return switch (refused.kind()) {
            case NOT_FOUND -> Map.of(field, "No patient record has this number. Check it and try again");
            case CONFLICT ->
                Map.of(field, "More than one record has this number. Ask the service desk to resolve the duplicate");
            case INVALID -> Map.of("reason", "The reason must be plain text of 10 to 500 characters");
            default -> throw refused;
        };
    }
}
