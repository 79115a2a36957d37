package org.throughcare.record.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.regex.Pattern;

/**
 * The terminology of BCP-13 media types (`Attachment.contentType`, `Binary.contentType`, ...), first
 * in the validator's terminology chain: a code that is not a well-formed media type is not in the
 * value set. HAPI's own terminology takes any string as one, as no list of them can be complete;
 * a well-formed one is left to it. A media type is a type and a subtype of RFC 6838's restricted
 * names, with optional parameters (`text/plain; charset=UTF-8`, `application/fhir+json;
 * fhirVersion=4.0`).
 */
final class MediaTypes implements IValidationSupport {

    private static final String VALUE_SET = "http://hl7.org/fhir/ValueSet/mimetypes";

    /** RFC 6838's restricted name, of a type or a subtype. */
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";
    /** An HTTP token, a parameter's name or unquoted value (RFC 9110). */
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";

    private static final String PARAMETER = "\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\]*\")";
    private static final Pattern MEDIA_TYPE = Pattern.compile(NAME + "/" + NAME + "(" + PARAMETER + ")*");

    private final FhirContext fhirContext;

    MediaTypes(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public FhirContext getFhirContext() {
        return fhirContext;
    }

    @Override
    public boolean isValueSetSupported(ValidationSupportContext context, String valueSetUrl) {
        return VALUE_SET.equals(valueSetUrl);
    }

    /** Refuses a code that is not a media type; says nothing of one that is, for the next in the chain. */
    @Override
    public CodeValidationResult validateCode(
            ValidationSupportContext context,
            ConceptValidationOptions options,
            String system,
            String code,
            String display,
            String valueSetUrl) {
        if (!VALUE_SET.equals(valueSetUrl)
                || code == null
                || MEDIA_TYPE.matcher(code).matches()) {
            return null;
        }
        return new CodeValidationResult()
                .setSeverity(IssueSeverity.ERROR)
                .setMessage("Not a media type (type/subtype, as RFC 6838 has them)");
    }
}
