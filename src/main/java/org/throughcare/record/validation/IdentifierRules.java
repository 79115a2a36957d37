package org.throughcare.record.validation;

import java.util.List;
import org.hl7.fhir.r4.model.Identifier;
import org.throughcare.record.Issue;
import org.throughcare.shared.NhsNumber;
import org.throughcare.shared.PrisonNumber;

/**
 * Our own identifier rules: a wrong NHS number or prison number is how records get matched to the
 * wrong person, so a malformed one is refused wherever it appears (clinical safety hazard H2).
 */
final class IdentifierRules {

    private IdentifierRules() {}

    static void check(Identifier identifier, String path, List<Issue> issues) {
        if (!identifier.hasSystem()) {
            return;
        }
        String value = identifier.getValue();
        if (NhsNumber.SYSTEM.equals(identifier.getSystem()) && !NhsNumber.isValid(value)) {
            issues.add(Issue.error(
                    "value",
                    "The NHS number in " + path + " is not valid: it must be ten digits ending in a modulus-11 check"
                            + " digit",
                    path + ".value"));
        }
        if (PrisonNumber.SYSTEM.equals(identifier.getSystem()) && !PrisonNumber.isValid(value)) {
            issues.add(Issue.error(
                    "value",
                    "The prison number in " + path + " is not valid: it must be in the NOMIS format A1234BC",
                    path + ".value"));
        }
    }
}
