package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.record.RecordService;

/** System-level interactions: the CapabilityStatement and transaction and batch Bundles. */
@RestController
@RequestMapping("/fhir")
class SystemController {

    private final RecordService record;
    private final FhirResponder responder;
    private final CapabilityStatementFactory capabilities;

    SystemController(RecordService record, FhirResponder responder, CapabilityStatementFactory capabilities) {
        this.record = record;
        this.responder = responder;
        this.capabilities = capabilities;
    }

    @GetMapping("/metadata")
    void metadata(FhirRequest request, HttpServletResponse response) {
        responder.resource(request, response, capabilities.forBase(request.baseUrl()), HttpStatus.OK.value());
    }

    @PostMapping({"", "/"})
    void bundle(FhirRequest request, HttpServletResponse response) {
        Resource body = request.body();
        if (!(body instanceof Bundle bundle)) {
            throw FhirApiException.badRequest("Only a transaction or batch Bundle may be posted to the base URL");
        }
        Bundle answer =
                switch (bundle.getType()) {
                    case TRANSACTION -> record.transaction(bundle);
                    case BATCH -> record.batch(bundle);
                    default -> throw FhirApiException.badRequest("Bundle.type must be transaction or batch");
                };
        responder.resource(request, response, answer, HttpStatus.OK.value());
    }
}
