package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.optionalText;
import static org.throughcare.fhir.OperationParameters.text;

import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.custody.Coded;
import org.throughcare.custody.Establishment;
import org.throughcare.custody.EstablishmentKind;
import org.throughcare.custody.Establishments;
import org.throughcare.custody.NhsRegion;
import org.throughcare.custody.Population;
import org.throughcare.record.RecordService;
import org.throughcare.shared.EstablishmentCode;

/**
 * Administrators add and retire establishments. Reading them is ordinary FHIR ({@code
 * Organization?identifier=https://fhir.throughcare.org/Id/establishment-code|LEI}, {@code
 * Location?...}); these operations keep an establishment's Organization, Location and GP practice
 * together.
 */
@RestController
@RequestMapping("/fhir/Organization")
class EstablishmentController {

    private final Establishments establishments;
    private final RecordService record;
    private final FhirResponder responder;

    EstablishmentController(Establishments establishments, RecordService record, FhirResponder responder) {
        this.establishments = establishments;
        this.record = record;
        this.responder = responder;
    }

    /** Parameters code, name, kind, population, region, and optionally town and provider. */
    @PostMapping("/$add-establishment")
    void add(FhirRequest request, HttpServletResponse response) {
        Establishment added = establishments.add(proposed(request.body()));
        responder.stored(request, response, record.read("Organization", added.id()), HttpStatus.CREATED.value());
    }

    /** Parameters code. */
    @PostMapping("/$retire-establishment")
    void retire(FhirRequest request, HttpServletResponse response) {
        Establishment retired = establishments.retire(code(text(request.body(), "code")));
        responder.stored(request, response, record.read("Organization", retired.id()), HttpStatus.OK.value());
    }

    private static Establishment proposed(Resource body) {
        try {
            return new Establishment(
                    null,
                    code(text(body, "code")),
                    text(body, "name"),
                    Coded.require(EstablishmentKind.class, text(body, "kind"), "kind"),
                    Coded.require(Population.class, text(body, "population"), "population"),
                    Coded.require(NhsRegion.class, text(body, "region"), "region"),
                    optionalText(body, "town"),
                    optionalText(body, "provider"),
                    true);
        } catch (IllegalArgumentException e) {
            throw FhirApiException.badRequest(e.getMessage());
        }
    }

    private static EstablishmentCode code(String text) {
        try {
            return EstablishmentCode.of(text);
        } catch (IllegalArgumentException e) {
            throw FhirApiException.badRequest(e.getMessage());
        }
    }
}
