package org.throughcare.fhir;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Chooses a FHIR format from an Accept header, honouring quality values. */
final class AcceptHeader {

    private AcceptHeader() {}

    /** Empty when the client accepts anything; 406 when it accepts only what we cannot give. */
    static Optional<FhirFormat> choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw FhirApiException.badRequest("The Accept header is not valid");
        }
        List<MediaType> ordered = types.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .toList();
        for (MediaType type : ordered) {
            Optional<FhirFormat> format = FhirFormat.named(type.getType() + "/" + type.getSubtype());
            if (format.isPresent()) {
                return format;
            }
            if (type.isWildcardType() || (type.getType().equals("application") && type.isWildcardSubtype())) {
                return Optional.empty();
            }
        }
        throw new FhirApiException(
                HttpStatus.NOT_ACCEPTABLE,
                "not-supported",
                "Only application/fhir+json and application/fhir+xml are served");
    }
}
