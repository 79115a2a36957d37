package org.throughcare.patient.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.throughcare.patient.PatientNotAvailableException;
import org.throughcare.patient.PatientRecords;

/**
 * A patient's record at a glance, under the banner. The URL carries only the record's opaque id.
 * A record outside the user's relationships reads "not available", exactly as one that does not
 * exist, with the way to emergency access for clinicians.
 */
@Controller
class PatientSummaryController {

    private final PatientRecords records;
    private final PatientPages pages;

    PatientSummaryController(PatientRecords records, PatientPages pages) {
        this.records = records;
        this.pages = pages;
    }

    @GetMapping("/patients/{id}")
    String summary(@PathVariable String id, Model model, HttpServletResponse response) {
        pages.requireReader();
        try {
            model.addAttribute("summary", records.summary(id));
            return "patient/summary";
        } catch (PatientNotAvailableException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("offerEmergencyAccess", pages.mayBreakGlass());
            return "patient/not-available";
        }
    }
}
