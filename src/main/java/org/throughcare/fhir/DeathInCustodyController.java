package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.text;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.custody.DeathInCustody;

/**
 * After a death in custody: {@code Patient/[id]/$disclosure-pack?format=json|pdf} and {@code
 * Patient/[id]/$record-correction} (Parameters {@code reason}) to correct the frozen record.
 */
@RestController
@RequestMapping("/fhir/Patient/{id}")
class DeathInCustodyController {

    private final DeathInCustody death;
    private final FhirResponder responder;

    DeathInCustodyController(DeathInCustody death, FhirResponder responder) {
        this.death = death;
        this.responder = responder;
    }

    @GetMapping("/$disclosure-pack")
    void pack(@PathVariable String id, FhirRequest request, HttpServletResponse response) throws IOException {
        String format = String.valueOf(request.servletRequest().getParameter("format"));
        if (format.equals("pdf")) {
            byte[] pdf = death.disclosurePdf(id);
            response.setStatus(HttpStatus.OK.value());
            response.setContentType("application/pdf");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(pdf);
        } else if (format.equals("json") || format.equals("null")) {
            responder.resource(request, response, death.disclosurePack(id), HttpStatus.OK.value());
        } else {
            throw FhirApiException.badRequest("format must be json or pdf");
        }
    }

    @PostMapping("/$record-correction")
    void correction(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        var until = death.correction(id, text(request.body(), "reason"));
        Parameters answer = new Parameters();
        answer.addParameter().setName("until").setValue(new InstantType(java.util.Date.from(until)));
        responder.resource(request, response, answer, HttpStatus.OK.value());
    }
}
