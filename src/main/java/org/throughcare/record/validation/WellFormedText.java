package org.throughcare.record.validation;

import java.util.List;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.throughcare.record.Issue;
import org.throughcare.shared.ControlCharacters;

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
        if (ControlCharacters.in(text)) {
            issues.add(Issue.error("value", "Element " + path + " contains a control character", path));
            return;
        }
        if (text.isBlank() && !primitive.fhirType().equals("xhtml")) {
            issues.add(Issue.error("value", "Element " + path + " is empty or only whitespace", path));
        }
    }
}
