package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.throughcare.shared.ControlCharacters;

/**
 * What a FHIR request asks for beyond its path: formats, Prefer, conditional headers, and its body
 * parsed strictly (unknown elements and wrong JSON types are errors, not warnings).
 */
final class FhirRequest {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"?([0-9]{1,9})\"?");

    private final HttpServletRequest request;
    private final FhirContext fhirContext;

    FhirRequest(HttpServletRequest request, FhirContext fhirContext) {
        this.request = request;
        this.fhirContext = fhirContext;
    }

    HttpServletRequest servletRequest() {
        return request;
    }

    /**
     * Refuses a query whose parameter values hold control characters (other than tab, carriage
     * return and line feed): nothing stored holds them, and the database refuses a NUL, which reached
     * it as a 500 from operations that read their parameters themselves (AuditEvent?patient=%00).
     */
    FhirRequest withPlainParameters() {
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (ControlCharacters.in(value)) {
                    throw FhirApiException.badRequest("Query parameter values must not contain control characters");
                }
            }
        }
        return this;
    }

    /** The format of the response: {@code _format}, then Accept, then the request's own format, then JSON. */
    FhirFormat responseFormat() {
        String format = request.getParameter("_format");
        if (format != null) {
            return FhirFormat.named(format)
                    .orElseThrow(() -> new FhirApiException(
                            HttpStatus.NOT_ACCEPTABLE, "not-supported", "Unsupported _format " + format));
        }
        return AcceptHeader.choose(request.getHeader("Accept"))
                .or(() -> FhirFormat.named(request.getContentType()))
                .orElse(FhirFormat.JSON);
    }

    boolean pretty() {
        return "true".equals(request.getParameter("_pretty"));
    }

    Optional<String> summary() {
        return Optional.ofNullable(request.getParameter("_summary"));
    }

    List<String> elements() {
        String elements = request.getParameter("_elements");
        return elements == null
                ? List.of()
                : Arrays.stream(elements.split(","))
                        .map(String::trim)
                        .filter(e -> !e.isEmpty())
                        .toList();
    }

    /** The Prefer header's {@code return} preference: minimal, representation (default) or OperationOutcome. */
    String preferredReturn() {
        String prefer = request.getHeader("Prefer");
        if (prefer != null) {
            for (String part : prefer.split(",|;")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equals("return")) {
                    return pair[1].trim().replace("\"", "");
                }
            }
        }
        return "representation";
    }

    Integer ifMatch() {
        return versionTag("If-Match");
    }

    Integer ifNoneMatch() {
        return versionTag("If-None-Match");
    }

    String ifNoneExist() {
        String criteria = request.getHeader("If-None-Exist");
        return criteria == null || criteria.isBlank() ? null : stripQueryPrefix(criteria.trim());
    }

    Instant ifModifiedSince() {
        String value = request.getHeader("If-Modified-Since");
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw FhirApiException.badRequest("If-Modified-Since is not an HTTP date");
        }
    }

    String query() {
        return request.getQueryString();
    }

    /** The absolute base of the FHIR API, for Location headers and full URLs. */
    String baseUrl() {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/fhir")
                .toUriString();
    }

    /** The body as a resource, parsed in the format its Content-Type names. */
    Resource body() {
        FhirFormat format = FhirFormat.named(request.getContentType())
                .orElseThrow(() -> new FhirApiException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "not-supported",
                        "Content-Type must be application/fhir+json or application/fhir+xml"));
        return parse(format, bodyText());
    }

    /** The body as text: FHIR bodies are UTF-8, and one that is not is refused rather than mended. */
    String bodyText() {
        byte[] bytes;
        try {
            bytes = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // A malformed sequence decodes to U+FFFD; only then is the body decoded again, strictly, to
        // tell it from a U+FFFD the client meant.
        if (text.indexOf('\uFFFD') >= 0 && !isUtf8(bytes)) {
            throw FhirApiException.badRequest("The body is not valid UTF-8, the only encoding FHIR bodies use");
        }
        return text;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    Resource parse(FhirFormat format, String text) {
        if (text.isBlank()) {
            throw FhirApiException.badRequest("The request has no body");
        }
        if (format == FhirFormat.XML && text.contains("<!DOCTYPE")) {
            throw FhirApiException.badRequest("XML with a document type declaration is not accepted");
        }
        if (format == FhirFormat.JSON) {
            RepeatedNames.refuse(text);
        }
        IParser parser = format.parser(fhirContext).setParserErrorHandler(new StrictErrorHandler());
        try {
            IBaseResource parsed = parser.parseResource(text);
            if (!(parsed instanceof Resource resource)) {
                throw FhirApiException.badRequest("The body is not an R4 resource");
            }
            return resource;
        } catch (DataFormatException | IllegalArgumentException | IllegalStateException e) {
            throw new FhirApiException(HttpStatus.BAD_REQUEST, "structure", ParseErrors.describe(e));
        }
    }

    private Integer versionTag(String header) {
        String value = request.getHeader(header);
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION_TAG.matcher(value.trim());
        if (!matcher.matches()) {
            throw FhirApiException.badRequest(header + " must be a version tag such as W/\"3\"");
        }
        return Integer.valueOf(matcher.group(1));
    }

    private static String stripQueryPrefix(String criteria) {
        int question = criteria.indexOf('?');
        return question >= 0 ? criteria.substring(question + 1) : criteria;
    }
}
