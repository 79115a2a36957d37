package org.throughcare.security.web.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.record.RecordException;
import org.throughcare.security.BreakGlass;
import org.throughcare.security.BreakGlassGrant;

/**
 * The break-glass review queue: every emergency access waits here, oldest first, until the
 * Caldicott guardian records an outcome (appropriate, inappropriate, or follow-up) and a note.
 */
@Controller
class BreakGlassReviewPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ENGLISH);

    private final BreakGlass breakGlass;

    BreakGlassReviewPages(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @GetMapping("/audit/break-glass")
    String queue(Model model) {
        List<Waiting> waiting = breakGlass.awaitingReview(200).stream()
                .map(BreakGlassReviewPages::waiting)
                .toList();
        model.addAttribute("waiting", waiting);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "security/break-glass-queue";
    }

    @PostMapping("/audit/break-glass/{grant}/review")
    String review(
            @PathVariable("grant") String grant,
            @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "note", required = false) String note,
            RedirectAttributes next) {
        breakGlass.requireAuditor();
        UUID id = uuid(grant);
        if (outcome == null || !BreakGlassGrant.OUTCOMES.contains(outcome)) {
            next.addFlashAttribute("errors", Map.of("outcome-" + id, "Select whether the access was appropriate"));
            return "redirect:/audit/break-glass";
        }
        try {
            breakGlass.review(id, outcome, note == null ? null : note.replace("\r\n", "\n"));
            next.addFlashAttribute("reviewed", true);
        } catch (RecordException refused) {
            if (refused.kind() != RecordException.Kind.CONFLICT && refused.kind() != RecordException.Kind.INVALID) {
                throw refused;
            }
            next.addFlashAttribute("errors", Map.of("outcome-" + id, conflictOrInvalid(refused)));
        }
        return "redirect:/audit/break-glass";
    }

    private static String conflictOrInvalid(RecordException refused) {
        return refused.kind() == RecordException.Kind.CONFLICT
                ? "This access has already been reviewed"
                : "The note must be plain text of at most 500 characters";
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RecordException.notFound("break-glass grant");
        }
    }

    private static Waiting waiting(BreakGlassGrant grant) {
        return new Waiting(
                grant.id().toString(),
                grant.username(),
                grant.role(),
                grant.patientId(),
                grant.reason(),
                WHEN.format(grant.grantedAt().atZone(AuditLines.LONDON)),
                WHEN.format(grant.expiresAt().atZone(AuditLines.LONDON)));
    }

    /** A grant waiting for review, as the queue shows it (times in London). */
    record Waiting(
            String id, String user, String role, String patient, String reason, String granted, String expires) {}
}
