package org.throughcare.patient.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.throughcare.patient.IdentityReviews;
import org.throughcare.patient.ReviewComparison;
import org.throughcare.record.RecordException;

/**
 * A possible duplicate from the review queue: the two records side by side (demographics and
 * identifiers only) and the decision, same person (merge) or different people. The URL carries the
 * review's random id only; the decision is posted with the CSRF token and the page after it is the
 * review, now showing what was decided (post, redirect, get), so a second post changes nothing.
 */
@Controller
class IdentityReviewController {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final IdentityReviews reviews;
    private final PatientPages pages;

    IdentityReviewController(IdentityReviews reviews, PatientPages pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @GetMapping("/identity-reviews/{id}")
    String review(@PathVariable String id, Model model) {
        return page(model, id(id), new ReviewDecisionForm(null, null), Map.of());
    }

    @PostMapping("/identity-reviews/{id}")
    String decide(@PathVariable String id, @ModelAttribute("form") ReviewDecisionForm form, Model model) {
        UUID review = id(id);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return page(model, review, form, errors);
        }
        try {
            reviews.decide(review, form.decided(), form.reasonText());
        } catch (RecordException e) {
            if (e.kind() != RecordException.Kind.CONFLICT
                    && e.kind() != RecordException.Kind.INVALID
                    && e.kind() != RecordException.Kind.UNPROCESSABLE) {
                throw e;
            }
            // Still open: a rule of merging refused it (different NHS numbers, merged already); the
            // message names the rule, never patient data. Decided: another post came first, and the
            // page says what was decided.
            ReviewComparison comparison = reviews.comparison(review);
            if (comparison.open()) {
                return page(model, comparison, form, Map.of("decision", e.getMessage()));
            }
        }
        return "redirect:/identity-reviews/" + review;
    }

    private String page(Model model, UUID id, ReviewDecisionForm form, Map<String, String> errors) {
        pages.requireReader();
        return page(model, reviews.comparison(id), form, errors);
    }

    private String page(Model model, ReviewComparison comparison, ReviewDecisionForm form, Map<String, String> errors) {
        model.addAttribute("comparison", comparison);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "patient/identity-review";
    }

    private UUID id(String id) {
        pages.requireReader();
        if (id == null || !ID.matcher(id).matches()) {
            throw RecordException.notFound("identity review");
        }
        return UUID.fromString(id);
    }
}
