package org.throughcare.fhir;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.patient.NationalDemographics;
import org.throughcare.patient.PdsException;
import org.throughcare.patient.Sex;
import org.throughcare.patient.TracedPerson;
import org.throughcare.shared.NhsNumber;

/**
 * Tracing in the Personal Demographics Service: {@code Patient/$pds-read?nhs-number=} and {@code
 * Patient/$pds-search?family=&given=&birthdate=&gender=}. Answers are Patients as PDS gave them
 * (never stored here), a restricted record marked R with no address.
 */
@RestController
@RequestMapping("/fhir/Patient")
class PdsController {

    private final NationalDemographics pds;
    private final FhirResponder responder;

    PdsController(NationalDemographics pds, FhirResponder responder) {
        this.pds = pds;
        this.responder = responder;
    }

    @GetMapping("/$pds-read")
    void read(FhirRequest request, HttpServletResponse response) {
        String number = required(request.servletRequest(), "nhs-number");
        if (!NhsNumber.isValid(number)) {
            throw FhirApiException.badRequest("nhs-number is not a valid NHS number");
        }
        TracedPerson person = traced(() -> pds.read(NhsNumber.of(number)))
                .orElseThrow(
                        () -> new FhirApiException(HttpStatus.NOT_FOUND, "not-found", "PDS has no such NHS number"));
        responder.resource(request, response, patient(person), HttpStatus.OK.value());
    }

    @GetMapping("/$pds-search")
    void search(FhirRequest request, HttpServletResponse response) {
        HttpServletRequest query = request.servletRequest();
        LocalDate born;
        Sex sex;
        try {
            born = LocalDate.parse(required(query, "birthdate"));
            sex = query.getParameter("gender") == null ? Sex.UNKNOWN : Sex.ofCode(query.getParameter("gender"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw FhirApiException.badRequest("birthdate must be YYYY-MM-DD and gender male, female, other or unknown");
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        String family = required(query, "family");
        for (TracedPerson person : traced(() -> pds.search(family, query.getParameter("given"), born, sex))) {
            var entry = bundle.addEntry().setResource(patient(person));
            entry.getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            if (person.score() != null) {
                entry.getSearch().setScore(person.score());
            }
        }
        bundle.setTotal(bundle.getEntry().size());
        responder.resource(request, response, bundle, HttpStatus.OK.value());
    }

    /** PDS refusing the query is the client's 400; PDS absent or failing is our 503. */
    private static <T> T traced(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (PdsException e) {
            boolean refused = e.kind() == PdsException.Kind.REFUSED;
            throw new FhirApiException(
                    refused ? HttpStatus.BAD_REQUEST : HttpStatus.SERVICE_UNAVAILABLE,
                    refused ? "invalid" : "transient",
                    e.getMessage());
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank() || value.length() > 100) {
            throw FhirApiException.badRequest(name + " is required (at most 100 characters)");
        }
        return value;
    }

    private static Patient patient(TracedPerson person) {
        Patient patient = new Patient();
        patient.setId(person.nhsNumber());
        patient.addIdentifier().setSystem(NhsNumber.SYSTEM).setValue(person.nhsNumber());
        patient.addName().setFamily(person.family()).addGiven(person.given());
        patient.setGender(person.sex().fhir());
        if (person.birthDate() != null) {
            patient.setBirthDateElement(new DateType(person.birthDate().toString()));
        }
        if (person.restricted()) {
            patient.getMeta()
                    .addSecurity(
                            new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", "restricted"));
        }
        if (person.address() != null) {
            patient.addAddress().setText(person.address());
        }
        if (person.gpOdsCode() != null) {
            patient.addGeneralPractitioner()
                    .getIdentifier()
                    .setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                    .setValue(person.gpOdsCode());
        }
        patient.setDeceased(new org.hl7.fhir.r4.model.BooleanType(person.deceased()));
        return patient;
    }
}
