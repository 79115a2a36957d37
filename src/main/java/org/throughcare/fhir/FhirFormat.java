package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.Locale;
import java.util.Optional;

/** The two FHIR wire formats and the media types and {@code _format} values that name them. */
enum FhirFormat {
    JSON("application/fhir+json"),
    XML("application/fhir+xml");

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The Content-Type of responses in this format. */
    String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    IParser parser(FhirContext fhirContext) {
        return this == JSON ? fhirContext.newJsonParser() : fhirContext.newXmlParser();
    }

    /** The format a media type or {@code _format} value names (FHIR R4 http.html#mime-type). */
    static Optional<FhirFormat> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String type = value.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "json", "application/fhir+json", "application/json", "application/json+fhir" -> Optional.of(JSON);
            case "xml", "application/fhir+xml", "application/xml", "text/xml", "application/xml+fhir" ->
                Optional.of(XML);
            default -> Optional.empty();
        };
    }
}
