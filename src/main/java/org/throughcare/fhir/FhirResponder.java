package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.throughcare.record.Issue;
import org.throughcare.record.StoredResource;
import org.throughcare.record.WriteResult;

/**
 * Writes FHIR responses. A stored resource asked for as plain JSON is written exactly as the
 * database returns it, never parsed and re-encoded; anything else (XML, _pretty, _summary,
 * _elements) is encoded by HAPI from the parsed resource.
 */
@Component
class FhirResponder {

    private final FhirContext fhirContext;
    private final ResourceShaping shaping;

    FhirResponder(FhirContext fhirContext, ResourceShaping shaping) {
        this.fhirContext = fhirContext;
        this.shaping = shaping;
    }

    void stored(FhirRequest request, HttpServletResponse response, StoredResource stored, int status) {
        versionHeaders(response, stored);
        if (request.responseFormat() == FhirFormat.JSON && shaping.isAsStored(request)) {
            write(response, status, FhirFormat.JSON, stored.json());
        } else {
            resource(request, response, (Resource) fhirContext.newJsonParser().parseResource(stored.json()), status);
        }
    }

    void resource(FhirRequest request, HttpServletResponse response, Resource resource, int status) {
        FhirFormat format = request.responseFormat();
        // Versioned references are answered as held (audit entities name the exact version seen).
        IParser parser =
                format.parser(fhirContext).setPrettyPrint(request.pretty()).setStripVersionsFromReferences(false);
        shaping.apply(request, parser, resource);
        write(response, status, format, parser.encodeResourceToString(resource));
    }

    /** The answer to a create, update, patch or delete, as the Prefer header asks. */
    void written(FhirRequest request, HttpServletResponse response, WriteResult result) {
        StoredResource stored = result.resource();
        int status = result.created() ? HttpStatus.CREATED.value() : HttpStatus.OK.value();
        response.setHeader("Location", request.baseUrl() + "/" + stored.versionedReference());
        switch (request.preferredReturn()) {
            case "minimal" -> {
                versionHeaders(response, stored);
                response.setStatus(status);
            }
            case "OperationOutcome" -> {
                versionHeaders(response, stored);
                resource(request, response, OperationOutcomes.information(describe(result)), status);
            }
            default -> stored(request, response, stored, status);
        }
    }

    void outcome(FhirRequest request, HttpServletResponse response, HttpStatus status, List<Issue> issues) {
        FhirFormat format = request == null ? FhirFormat.JSON : safeFormat(request);
        IParser parser = format.parser(fhirContext);
        write(response, status.value(), format, parser.encodeResourceToString(OperationOutcomes.of(issues)));
    }

    private static FhirFormat safeFormat(FhirRequest request) {
        try {
            return request.responseFormat();
        } catch (FhirApiException e) {
            return FhirFormat.JSON;
        }
    }

    static void versionHeaders(HttpServletResponse response, StoredResource stored) {
        response.setHeader("ETag", "W/\"" + stored.version() + "\"");
        if (stored.lastUpdated() != null) {
            response.setHeader("Last-Modified", httpDate(stored.lastUpdated()));
        }
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String describe(WriteResult result) {
        String reference = result.resource().versionedReference();
        return switch (result.outcome()) {
            case CREATED -> "Created " + reference;
            case UPDATED -> "Updated " + reference;
            case DELETED -> "Deleted " + result.resource().reference();
            case UNCHANGED -> "No change was needed to " + reference;
        };
    }

    private static void write(HttpServletResponse response, int status, FhirFormat format, String body) {
        response.setStatus(status);
        response.setContentType(format.contentType());
        response.setHeader("Cache-Control", "no-store");
        try (Writer writer = response.getWriter()) {
            writer.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
