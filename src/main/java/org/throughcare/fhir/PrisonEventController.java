package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.custody.PrisonEvents;
import org.throughcare.custody.WaitingEvent;

/**
 * The prison service's domain events: {@code POST $hmpps-event} takes one event as HMPPS publishes
 * it ({@code application/json}); the answer says what became of it (200), or that it was kept and
 * will be handled later (202). {@code GET $hmpps-waiting} lists events waiting for a person.
 */
@RestController
@RequestMapping("/fhir")
class PrisonEventController {

    private final PrisonEvents events;
    private final FhirResponder responder;

    PrisonEventController(PrisonEvents events, FhirResponder responder) {
        this.events = events;
        this.responder = responder;
    }

    @PostMapping("/$hmpps-event")
    void accept(FhirRequest request, HttpServletResponse response) {
        String type = String.valueOf(request.servletRequest().getContentType());
        if (!type.startsWith("application/json")) {
            throw new FhirApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-supported", "An HMPPS event is application/json");
        }
        PrisonEvents.Accepted accepted = events.accept(request.bodyText());
        Parameters answer = new Parameters();
        answer.addParameter("key", accepted.key());
        answer.addParameter("state", accepted.state());
        answer.addParameter("repeat", accepted.repeat());
        boolean later = accepted.state().equals("failed") || accepted.state().equals("pending");
        responder.resource(request, response, answer, later ? HttpStatus.ACCEPTED.value() : HttpStatus.OK.value());
    }

    @GetMapping("/$hmpps-waiting")
    void waiting(FhirRequest request, HttpServletResponse response) {
        Parameters queue = new Parameters();
        events.waiting(HistoryController.count(request.servletRequest().getParameter("_count")))
                .forEach(event -> queue.addParameter()
                        .setName("event")
                        .setPart(describe(event).getParameter()));
        responder.resource(request, response, queue, HttpStatus.OK.value());
    }

    private static Parameters describe(WaitingEvent event) {
        Parameters parameters = new Parameters();
        parameters.addParameter("key", event.key());
        parameters.addParameter("type", event.type());
        parameters.addParameter("state", event.state());
        if (event.prisonNumber() != null) {
            parameters.addParameter("prison-number", event.prisonNumber());
        }
        if (event.establishment() != null) {
            parameters.addParameter("establishment", event.establishment());
        }
        if (event.reason() != null) {
            parameters.addParameter("reason", event.reason());
        }
        parameters
                .addParameter()
                .setName("occurred")
                .setValue(new InstantType(java.util.Date.from(event.occurredAt())));
        return parameters;
    }
}
