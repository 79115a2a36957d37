package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.optionalText;

import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.custody.ReceptionScreens;
import org.throughcare.custody.ScreenOutcome;

/**
 * Reception and the early days for a patient in custody: {@code $reception-screen} and {@code
 * $second-stage-assessment} take a completed QuestionnaireResponse; {@code $medicines-reconciled}
 * and {@code $arrived-without-medicines} take Parameters with an optional {@code note}.
 */
@RestController
@RequestMapping("/fhir/Patient/{id}")
class ReceptionController {

    private final ReceptionScreens screens;
    private final FhirResponder responder;

    ReceptionController(ReceptionScreens screens, FhirResponder responder) {
        this.screens = screens;
        this.responder = responder;
    }

    @PostMapping("/$reception-screen")
    void firstScreen(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        ScreenOutcome outcome = screens.firstScreen(id, questionnaireResponse(request.body()));
        responder.resource(request, response, describe(outcome), HttpStatus.OK.value());
    }

    @PostMapping("/$second-stage-assessment")
    void secondStage(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        ScreenOutcome outcome = screens.secondStage(id, questionnaireResponse(request.body()));
        responder.resource(request, response, describe(outcome), HttpStatus.OK.value());
    }

    @PostMapping("/$medicines-reconciled")
    void reconciled(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        screens.medicinesReconciled(id, optionalText(request.body(), "note"));
        responder.resource(
                request, response, new Parameters().addParameter("outcome", "completed"), HttpStatus.OK.value());
    }

    @PostMapping("/$arrived-without-medicines")
    void withoutMedicines(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        String flag = screens.arrivedWithoutMedicines(id, optionalText(request.body(), "note"));
        Parameters answer = new Parameters();
        answer.addParameter().setName("flag").setValue(new Reference("Flag/" + flag));
        responder.resource(request, response, answer, HttpStatus.OK.value());
    }

    private static QuestionnaireResponse questionnaireResponse(Resource body) {
        if (!(body instanceof QuestionnaireResponse response)) {
            throw FhirApiException.badRequest("The body must be a QuestionnaireResponse");
        }
        return response;
    }

    private static Parameters describe(ScreenOutcome outcome) {
        Parameters parameters = new Parameters();
        parameters
                .addParameter()
                .setName("response")
                .setValue(new Reference("QuestionnaireResponse/" + outcome.responseId()));
        outcome.created()
                .forEach(reference ->
                        parameters.addParameter().setName("created").setValue(new Reference(reference)));
        if (outcome.routedTo() != null) {
            parameters.addParameter("routed-to", outcome.routedTo());
        }
        return parameters;
    }
}
