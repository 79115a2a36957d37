package org.throughcare.patient.pds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.throughcare.patient.PdsException;
import org.throughcare.patient.TracedPerson;

/**
 * The PDS FHIR R4 API as published: {@code GET /Patient/{nhsNumber}} (a Patient, or 404 with an
 * OperationOutcome) and {@code GET /Patient?family=&given=&gender=&birthdate=eq...} (a searchset
 * Bundle with each entry's match score), every request with a fresh {@code X-Request-ID}. Only
 * request ids and status codes are logged, never what was asked.
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(PdsProperties.class)
public class PdsClient {

    private static final Logger log = LoggerFactory.getLogger(PdsClient.class);

    private final PdsProperties properties;
    private final FhirContext fhirContext;
    private final HttpClient http;

    PdsClient(PdsProperties properties, FhirContext fhirContext) {
        this.properties = properties;
        this.fhirContext = fhirContext;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    public boolean configured() {
        return properties.baseUrl() != null;
    }

    /** The person with this NHS number, or null when PDS has none. */
    public TracedPerson read(String nhsNumber) {
        Resource answer = get("/Patient/" + nhsNumber, true);
        return answer instanceof Patient patient ? PdsPatients.traced(patient, null) : null;
    }

    /** People matching the query parameters (PDS's names: family, given, gender, birthdate ...). */
    public List<TracedPerson> search(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Resource answer = get("/Patient?" + query, false);
        if (!(answer instanceof Bundle bundle)) {
            throw new PdsException(PdsException.Kind.UNAVAILABLE, "PDS answered a search with no Bundle");
        }
        return bundle.getEntry().stream()
                .filter(entry -> entry.getResource() instanceof Patient)
                .map(entry -> PdsPatients.traced(
                        (Patient) entry.getResource(),
                        entry.getSearch().hasScore()
                                ? entry.getSearch().getScore().doubleValue()
                                : null))
                .toList();
    }

    private Resource get(String path, boolean notFoundIsEmpty) {
        if (!configured()) {
            throw new PdsException(
                    PdsException.Kind.NOT_CONFIGURED, "No PDS endpoint is configured: record the identity by hand");
        }
        String requestId = UUID.randomUUID().toString();
        HttpResponse<String> response = send(path, requestId);
        if (response.statusCode() == 404 && notFoundIsEmpty) {
            return null;
        }
        if (response.statusCode() >= 400) {
            log.warn("PDS refused request {}: HTTP {}", requestId, response.statusCode());
            throw new PdsException(
                    response.statusCode() >= 500 ? PdsException.Kind.UNAVAILABLE : PdsException.Kind.REFUSED,
                    "PDS answered " + response.statusCode() + errorCode(response.body()));
        }
        return parse(response.body(), requestId);
    }

    private HttpResponse<String> send(String path, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + path))
                .timeout(properties.timeout())
                .header("Accept", "application/fhir+json")
                .header("X-Request-ID", requestId)
                .header("X-Correlation-ID", requestId)
                .GET();
        if (properties.accessToken() != null) {
            request.header("Authorization", "Bearer " + properties.accessToken());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.warn(
                    "PDS did not answer request {}: {}", requestId, e.getClass().getSimpleName());
            throw new PdsException(PdsException.Kind.UNAVAILABLE, "PDS did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdsException(PdsException.Kind.UNAVAILABLE, "Interrupted while waiting for PDS");
        }
    }

    private Resource parse(String body, String requestId) {
        try {
            return (Resource) fhirContext.newJsonParser().parseResource(body);
        } catch (DataFormatException | ClassCastException e) {
            log.warn("PDS answered request {} with something that is not FHIR JSON", requestId);
            throw new PdsException(PdsException.Kind.UNAVAILABLE, "PDS answered with something that is not FHIR JSON");
        }
    }

    /** PDS's error code (" (RESOURCE_NOT_FOUND)"), from its OperationOutcome's details. */
    private String errorCode(String body) {
        try {
            OperationOutcome outcome =
                    (OperationOutcome) fhirContext.newJsonParser().parseResource(body);
            return " ("
                    + outcome.getIssueFirstRep()
                            .getDetails()
                            .getCodingFirstRep()
                            .getCode() + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
