package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.optionalText;
import static org.throughcare.fhir.OperationParameters.text;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.custody.Summaries;

/**
 * Transfer out and release: {@code Patient/[id]/$transfer-summary} (the checklist: {@code
 * fit-to-travel}, {@code medicine-days-packed}, {@code destination}, {@code note}), {@code
 * $release-date} ({@code date}), {@code $discharge-summary} ({@code gp-registration}, {@code
 * referrals}, {@code medicines-to-take-out}, {@code naloxone}); and {@code
 * Composition/[id]/$render?format=html|pdf}.
 */
@RestController
@RequestMapping("/fhir")
class SummaryController {

    private final Summaries summaries;
    private final FhirResponder responder;

    SummaryController(Summaries summaries, FhirResponder responder) {
        this.summaries = summaries;
        this.responder = responder;
    }

    @PostMapping("/Patient/{id}/$transfer-summary")
    void transfer(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        Resource body = request.body();
        var checklist = new Summaries.TransferChecklist(
                yes(text(body, "fit-to-travel")),
                days(text(body, "medicine-days-packed")),
                optionalText(body, "destination"),
                optionalText(body, "note"));
        composition(request, response, summaries.transferSummary(id, checklist));
    }

    @PostMapping("/Patient/{id}/$release-date")
    void releaseDate(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        LocalDate date;
        try {
            date = LocalDate.parse(text(request.body(), "date"));
        } catch (DateTimeParseException e) {
            throw FhirApiException.badRequest("date must be YYYY-MM-DD");
        }
        summaries.releaseDate(id, date);
        responder.resource(
                request, response, new Parameters().addParameter("outcome", "recorded"), HttpStatus.OK.value());
    }

    @PostMapping("/Patient/{id}/$discharge-summary")
    void discharge(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        Resource body = request.body();
        var plan = new Summaries.ReleasePlan(
                optionalText(body, "gp-registration"),
                optionalText(body, "referrals"),
                optionalText(body, "medicines-to-take-out"),
                yes(String.valueOf(optionalText(body, "naloxone"))));
        composition(request, response, summaries.dischargeSummary(id, plan));
    }

    @GetMapping("/Composition/{id}/$render")
    void render(@PathVariable String id, FhirRequest request, HttpServletResponse response) throws IOException {
        String format = String.valueOf(request.servletRequest().getParameter("format"));
        byte[] body =
                switch (format) {
                    case "pdf" -> summaries.pdf(id);
                    case "html" -> summaries.html(id).getBytes(StandardCharsets.UTF_8);
                    default -> throw FhirApiException.badRequest("format must be html or pdf");
                };
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(format.equals("pdf") ? "application/pdf" : "text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void composition(FhirRequest request, HttpServletResponse response, String id) {
        Parameters answer = new Parameters();
        answer.addParameter().setName("composition").setValue(new Reference("Composition/" + id));
        responder.resource(request, response, answer, HttpStatus.OK.value());
    }

    private static boolean yes(String value) {
        return switch (value) {
            case "true" -> true;
            case "false", "null" -> false;
            default -> throw FhirApiException.badRequest("Expected true or false");
        };
    }

    private static int days(String value) {
        try {
            int days = Integer.parseInt(value);
            if (days < 0 || days > 365) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw FhirApiException.badRequest("medicine-days-packed must be a whole number of days, 0 to 365");
        }
    }
}
