package org.throughcare.custody.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.custody.ReceptionScreens;
import org.throughcare.custody.ScreenOutcome;
import org.throughcare.custody.TaskKind;
import org.throughcare.record.RecordException;

/**
 * The first reception screen and the second-stage assessment, each a form rendered from its
 * Questionnaire and recorded as a QuestionnaireResponse through ReceptionScreens, which turns the
 * answers into facts and completes the task.
 */
@Controller
class ScreenController {

    private static final String SCREENS = "/patients/{id}/{screen:reception-screen|second-stage-assessment}";

    private final ReceptionScreens screens;
    private final CustodyPages pages;

    ScreenController(ReceptionScreens screens, CustodyPages pages) {
        this.screens = screens;
        this.pages = pages;
    }

    @GetMapping(SCREENS)
    String form(@PathVariable String id, @PathVariable String screen, Model model) {
        requireScreens();
        return page(model, id, screen, FormKeys.fresh(), Map.of(), Map.of());
    }

    @PostMapping(SCREENS)
    String record(
            @PathVariable String id,
            @PathVariable String screen,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            HttpSession session) {
        requireScreens();
        String key = FormKeys.require(posted.getFirst("key"));
        if (FormKeys.done(session, key).isPresent()) {
            return "redirect:/patients/" + id + "/recorded/" + key;
        }
        Questionnaire questionnaire = screens.form(kind(screen));
        ScreenAnswers.Checked checked = ScreenAnswers.read(questionnaire, posted);
        if (!checked.errors().isEmpty()) {
            return page(model, id, screen, key, posted, checked.errors());
        }
        try {
            ScreenOutcome outcome = kind(screen) == TaskKind.FIRST_RECEPTION_SCREEN
                    ? screens.firstScreen(id, checked.response())
                    : screens.secondStage(id, checked.response());
            FormKeys.remember(session, key, new FormOutcome(id, questionnaire.getTitle(), words(outcome)));
            return "redirect:/patients/" + id + "/recorded/" + key;
        } catch (RecordException e) {
            if (e.kind() != RecordException.Kind.CONFLICT && e.kind() != RecordException.Kind.UNPROCESSABLE) {
                throw e;
            }
            // The rule broken (no stay, medicines not yet reconciled), never an answer.
            return page(model, id, screen, key, posted, Map.of("screen-form", e.getMessage()));
        }
    }

    @GetMapping("/patients/{id}/recorded/{key}")
    String recorded(@PathVariable String id, @PathVariable String key, Model model, HttpSession session) {
        pages.requireClinician();
        FormOutcome outcome = FormKeys.done(session, key)
                .filter(done -> done.patientId().equals(id))
                .orElseThrow(() -> RecordException.notFound("form"));
        model.addAttribute("banner", pages.banner(id));
        model.addAttribute("outcome", outcome);
        return "custody/recorded";
    }

    private String page(
            Model model,
            String id,
            String screen,
            String key,
            Map<String, List<String>> posted,
            Map<String, String> errors) {
        model.addAttribute("banner", pages.banner(id));
        model.addAttribute("form", ScreenForm.of(screens.form(kind(screen)), posted));
        model.addAttribute("key", key);
        model.addAttribute("action", "/patients/" + id + "/" + screen);
        model.addAttribute("errors", errors);
        return "custody/screen";
    }

    private static TaskKind kind(String screen) {
        return screen.equals("reception-screen") ? TaskKind.FIRST_RECEPTION_SCREEN : TaskKind.SECOND_STAGE_ASSESSMENT;
    }

    /** What the screen recorded, in words: where the patient goes, and the facts made from the answers. */
    static List<String> words(ScreenOutcome outcome) {
        List<String> lines = new ArrayList<>();
        if (outcome.routedTo() != null) {
            lines.add("Where the patient goes first: " + outcome.routedTo().replace('-', ' '));
        }
        List<Map.Entry<String, String>> names = List.of(
                Map.entry("Condition", "problems (unconfirmed, reported at reception)"),
                Map.entry("AllergyIntolerance", "allergy entries"),
                Map.entry("MedicationStatement", "medicines they say they take"),
                Map.entry("Flag", "alerts"),
                Map.entry("ServiceRequest", "referrals"));
        names.forEach(name -> {
            String type = name.getKey();
            String words = name.getValue();
            long count = outcome.created().stream()
                    .filter(reference -> reference.startsWith(type + "/"))
                    .count();
            if (count > 0) {
                lines.add(count + " " + words + " recorded");
            }
        });
        return lines;
    }

    /** The screens only for roles that may record them, at an establishment they work at. */
    private void requireScreens() {
        pages.requireClinician();
        if (!pages.rights().screens()) {
            throw RecordException.forbidden("Your role does not record reception screens here");
        }
    }
}
