package org.throughcare.record.validation;

import java.util.regex.Pattern;

/**
 * The one check we make of codes bound to BCP-13 media types (`Attachment.contentType`,
 * `Binary.contentType`, ...): HAPI's terminology takes any string as one, as no list of them can
 * be complete. A media type is a type and a subtype of RFC 6838's restricted names, with optional
 * parameters (`text/plain; charset=UTF-8`, `application/fhir+json; fhirVersion=4.0`).
 */
final class MediaTypes {

    static final String VALUE_SET = "http://hl7.org/fhir/ValueSet/mimetypes";

    /** RFC 6838's restricted name, of a type or a subtype. */
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";
    /** An HTTP token, a parameter's name or unquoted value (RFC 9110). */
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";

    private static final String PARAMETER = "\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\]*\")";
    private static final Pattern MEDIA_TYPE = Pattern.compile(NAME + "/" + NAME + "(" + PARAMETER + ")*");

    private MediaTypes() {}

    static boolean isMediaType(String code) {
        return MEDIA_TYPE.matcher(code).matches();
    }
}
