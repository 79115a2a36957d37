package org.throughcare.record.bundle;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import org.throughcare.record.RecordException;
import org.throughcare.record.search.ConditionalMatcher;
import org.throughcare.record.validation.ValidResource;

/**
 * Rewrites the references inside a transaction: to another entry's fullUrl (often {@code
 * urn:uuid:...}) becomes that entry's new {@code Type/id}; a conditional reference ({@code
 * Organization?identifier=...}) becomes the one resource it matches, or the transaction fails.
 */
@Component
class ReferenceRewriter {

    private static final Pattern CONDITIONAL = Pattern.compile("([A-Z][A-Za-z]+)\\?(.+)");

    private final ConditionalMatcher conditions;

    ReferenceRewriter(ConditionalMatcher conditions) {
        this.conditions = conditions;
    }

    void rewrite(ValidResource resource, Map<String, String> entryReferences) {
        for (ValidResource.ReferenceAt at : resource.references()) {
            Reference reference = at.reference();
            reference.setReference(resolve(reference.getReference(), entryReferences));
        }
    }

    private String resolve(String reference, Map<String, String> entryReferences) {
        String mapped = entryReferences.get(reference);
        if (mapped != null) {
            return mapped;
        }
        Matcher conditional = CONDITIONAL.matcher(reference);
        if (conditional.matches()) {
            String type = conditional.group(1);
            // Remembered for the rest of the Bundle: Synthea's encounters all name the same few.
            String found = conditions
                    .match(type, conditional.group(2))
                    .map(match -> type + "/" + match.id())
                    .orElseThrow(() -> new RecordException(
                            RecordException.Kind.PRECONDITION_FAILED,
                            "not-found",
                            "The conditional reference " + reference + " matches no resource"));
            entryReferences.put(reference, found);
            return found;
        }
        if (reference.startsWith("urn:uuid:") || reference.startsWith("urn:oid:")) {
            throw new RecordException(
                    RecordException.Kind.INVALID,
                    "not-found",
                    "The reference " + reference + " is not the fullUrl of any entry in the Bundle");
        }
        return reference;
    }
}
