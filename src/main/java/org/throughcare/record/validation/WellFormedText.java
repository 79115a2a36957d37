package org.throughcare.record.validation;

import java.util.List;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.throughcare.record.Issue;

/**
 * FHIR strings may not hold control characters other than tab, carriage return and line feed
 * (R4 datatypes, string), and may not be empty or only whitespace.
 */
final class WellFormedText {

    private WellFormedText() {}

    static void check(PrimitiveType<?> primitive, String path, List<Issue> issues) {
        String text = primitive.getValueAsString();
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                issues.add(Issue.error("value", "Element " + path + " contains a control character", path));
                return;
            }
        }
        if (text.isBlank() && !primitive.fhirType().equals("xhtml")) {
            issues.add(Issue.error("value", "Element " + path + " is empty or only whitespace", path));
        }
    }
}
