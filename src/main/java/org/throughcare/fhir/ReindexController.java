package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.record.RecordIndexing;

/** {@code $reindex}: progress of online reindexing (GET), and a full rebuild of one type (POST ?type=). */
@RestController
@RequestMapping("/fhir")
class ReindexController {

    private final RecordIndexing indexing;
    private final FhirResponder responder;

    ReindexController(RecordIndexing indexing, FhirResponder responder) {
        this.indexing = indexing;
        this.responder = responder;
    }

    @GetMapping("/$reindex")
    void progress(FhirRequest request, HttpServletResponse response) {
        Parameters parameters = new Parameters();
        for (RecordIndexing.Progress job : indexing.progress()) {
            Parameters.ParametersParameterComponent part =
                    parameters.addParameter().setName("job");
            part.addPart().setName("id").setValue(new org.hl7.fhir.r4.model.StringType(Long.toString(job.id())));
            part.addPart().setName("type").setValue(new org.hl7.fhir.r4.model.CodeType(job.type()));
            part.addPart().setName("processed").setValue(new org.hl7.fhir.r4.model.DecimalType(job.processed()));
            part.addPart().setName("total").setValue(new org.hl7.fhir.r4.model.DecimalType(job.total()));
            part.addPart().setName("status").setValue(new org.hl7.fhir.r4.model.CodeType(job.status()));
        }
        responder.resource(request, response, parameters, HttpStatus.OK.value());
    }

    @PostMapping("/$reindex")
    void start(FhirRequest request, HttpServletResponse response) {
        String type = request.servletRequest().getParameter("type");
        if (type == null) {
            throw FhirApiException.badRequest("$reindex needs the type to rebuild, as ?type=Observation");
        }
        indexing.reindex(type);
        responder.resource(
                request, response, OperationOutcomes.information("Reindexing " + type), HttpStatus.ACCEPTED.value());
    }
}
