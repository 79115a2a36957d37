package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.id;
import static org.throughcare.fhir.OperationParameters.optionalText;
import static org.throughcare.fhir.OperationParameters.text;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.patient.IdentityReview;
import org.throughcare.patient.IdentityReviews;
import org.throughcare.patient.MergeOutcome;
import org.throughcare.patient.PatientMerge;

/**
 * Patient identity operations: merge and unmerge ({@code Patient/$merge} after the parameters of
 * FHIR R5's operation, {@code source-patient} and {@code target-patient}), and the duplicate review
 * queue and its decisions.
 */
@RestController
@RequestMapping("/fhir")
class PatientIdentityController {

    private final PatientMerge merge;
    private final IdentityReviews reviews;
    private final FhirResponder responder;

    PatientIdentityController(PatientMerge merge, IdentityReviews reviews, FhirResponder responder) {
        this.merge = merge;
        this.reviews = reviews;
        this.responder = responder;
    }

    @PostMapping("/Patient/$merge")
    void merge(FhirRequest request, HttpServletResponse response) {
        var body = request.body();
        MergeOutcome outcome = merge.merge(
                id(body, "source-patient", "Patient"), id(body, "target-patient", "Patient"), text(body, "reason"));
        responder.resource(request, response, describe(outcome), HttpStatus.OK.value());
    }

    @PostMapping("/Patient/$unmerge")
    void unmerge(FhirRequest request, HttpServletResponse response) {
        var body = request.body();
        MergeOutcome outcome = merge.unmerge(
                id(body, "provenance", "Provenance"), id(body, "target-patient", "Patient"), text(body, "reason"));
        responder.resource(request, response, describe(outcome), HttpStatus.OK.value());
    }

    @GetMapping("/$identity-reviews")
    void open(FhirRequest request, HttpServletResponse response) {
        Parameters queue = new Parameters();
        String patient = request.servletRequest().getParameter("patient");
        reviews.open(
                        patient == null ? null : patient.replaceFirst("^Patient/", ""),
                        HistoryController.count(request.servletRequest().getParameter("_count")))
                .forEach(review -> queue.addParameter()
                        .setName("review")
                        .setPart(describe(review).getParameter()));
        responder.resource(request, response, queue, HttpStatus.OK.value());
    }

    @PostMapping("/$identity-review")
    void decide(FhirRequest request, HttpServletResponse response) {
        var body = request.body();
        UUID id;
        try {
            id = UUID.fromString(text(body, "review"));
        } catch (IllegalArgumentException e) {
            throw FhirApiException.badRequest("review must be the id of an identity review");
        }
        IdentityReview decided =
                reviews.decide(id, IdentityReviews.Decision.ofCode(text(body, "decision")), optionalText(body, "note"));
        responder.resource(request, response, describe(decided), HttpStatus.OK.value());
    }

    private static Parameters describe(MergeOutcome outcome) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("provenance").setValue(new Reference("Provenance/" + outcome.provenanceId()));
        parameters.addParameter().setName("source-patient").setValue(new Reference("Patient/" + outcome.sourceId()));
        parameters.addParameter().setName("target-patient").setValue(new Reference("Patient/" + outcome.targetId()));
        parameters.addParameter("moved", outcome.moved());
        return parameters;
    }

    private static Parameters describe(IdentityReview review) {
        Parameters parameters = new Parameters();
        parameters.addParameter("review", review.id().toString());
        parameters.addParameter().setName("patient").setValue(new Reference("Patient/" + review.patientId()));
        parameters.addParameter().setName("candidate").setValue(new Reference("Patient/" + review.candidateId()));
        if (review.score() != null) {
            parameters.addParameter().setName("score").setValue(new org.hl7.fhir.r4.model.DecimalType(review.score()));
        }
        review.reasons().forEach(reason -> parameters.addParameter("reason", reason));
        parameters.addParameter("raised-by", review.raisedBy());
        if (review.decision() != null) {
            parameters.addParameter("decision", review.decision());
            parameters.addParameter("decided-by", review.decidedBy());
        }
        return parameters;
    }
}
