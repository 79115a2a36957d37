package org.throughcare.fhir;

import static org.throughcare.fhir.OperationParameters.optionalText;
import static org.throughcare.fhir.OperationParameters.text;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.custody.Coded;
import org.throughcare.custody.Movement;
import org.throughcare.custody.MovementKind;
import org.throughcare.custody.MovementOutcome;
import org.throughcare.custody.Movements;
import org.throughcare.patient.Demographics;
import org.throughcare.patient.HomeOfficeReference;
import org.throughcare.patient.Sex;
import org.throughcare.shared.EstablishmentCode;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Staff and systems record movements: {@code $receive} (a person arrives: identified or registered,
 * and received) and {@code Patient/[id]/$record-movement} (court, hospital, temporary release,
 * transfer out, release, death, returns). Parameters {@code kind} (a custody-movement code), {@code
 * establishment} (its code), {@code occurred} (when it happened; now if absent), {@code destination}
 * and {@code key} (an idempotency key: the same key again changes nothing).
 */
@RestController
@RequestMapping("/fhir")
class MovementController {

    private final Movements movements;
    private final FhirResponder responder;
    private final Clock clock;

    MovementController(Movements movements, FhirResponder responder, Clock clock) {
        this.movements = movements;
        this.responder = responder;
        this.clock = clock;
    }

    @PostMapping("/$receive")
    void receive(FhirRequest request, HttpServletResponse response) {
        Resource body = request.body();
        Movements.Reception reception = movements.receive(
                valid(() -> demographics(body)),
                establishment(body),
                kind(body),
                occurred(body),
                optionalText(body, "key"));
        Parameters answer = describe(reception.movement());
        answer.addParameter(
                "identified-by", reception.identification().basis().name().toLowerCase());
        reception.identification().possibleDuplicates().forEach(candidate -> answer.addParameter()
                .setName("possible-duplicate")
                .setValue(new Reference("Patient/" + candidate.patientId())));
        responder.resource(request, response, answer, HttpStatus.OK.value());
    }

    @PostMapping("/Patient/{id}/$record-movement")
    void record(@PathVariable String id, FhirRequest request, HttpServletResponse response) {
        Resource body = request.body();
        Movement movement = valid(() -> new Movement(
                "new", id, kind(body), establishment(body), occurred(body), optionalText(body, "destination")));
        MovementOutcome outcome = movements.record(movement, optionalText(body, "key"));
        responder.resource(request, response, describe(outcome), HttpStatus.OK.value());
    }

    private static Demographics demographics(Resource body) {
        String nhs = optionalText(body, "nhs-number");
        String prison = optionalText(body, "prison-number");
        String homeOffice = optionalText(body, "home-office-reference");
        String born = optionalText(body, "birthdate");
        String gender = optionalText(body, "gender");
        return new Demographics(
                nhs == null ? null : NhsNumber.of(nhs),
                prison == null ? null : PrisonNumber.of(prison),
                homeOffice == null ? null : HomeOfficeReference.of(homeOffice),
                text(body, "family"),
                text(body, "given"),
                born == null ? null : LocalDate.parse(born),
                gender == null ? Sex.UNKNOWN : Sex.ofCode(gender));
    }

    private static MovementKind kind(Resource body) {
        return valid(() -> Coded.require(MovementKind.class, text(body, "kind"), "kind"));
    }

    private static EstablishmentCode establishment(Resource body) {
        return valid(() -> EstablishmentCode.of(text(body, "establishment")));
    }

    private Instant occurred(Resource body) {
        String occurred = optionalText(body, "occurred");
        if (occurred == null) {
            return clock.instant();
        }
        DateTimeType time = valid(() -> new DateTimeType(occurred));
        if (time.getPrecision().ordinal() < ca.uhn.fhir.model.api.TemporalPrecisionEnum.MINUTE.ordinal()
                || time.getTimeZone() == null) {
            throw FhirApiException.badRequest("occurred must be a date and time with a time zone");
        }
        return time.getValue().toInstant();
    }

    /** Anything the values refuse (a bad NHS number, an unknown code, a bad date) is the client's 400. */
    private static <T> T valid(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw FhirApiException.badRequest(e.getMessage());
        } catch (ca.uhn.fhir.parser.DataFormatException e) {
            throw FhirApiException.badRequest("Not a valid FHIR dateTime");
        }
    }

    private static Parameters describe(MovementOutcome outcome) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("patient").setValue(new Reference("Patient/" + outcome.patientId()));
        parameters.addParameter("outcome", outcome.outcome().name().toLowerCase());
        if (outcome.movementId() != null) {
            parameters.addParameter("movement", outcome.movementId());
        }
        return parameters;
    }
}
