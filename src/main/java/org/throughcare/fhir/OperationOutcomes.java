package org.throughcare.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.throughcare.record.Issue;

/** Builds FHIR OperationOutcome resources from issues. */
final class OperationOutcomes {

    private OperationOutcomes() {}

    static OperationOutcome of(List<Issue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.fromCode(
                            issue.severity().name().toLowerCase()))
                    .setCode(issueType(issue.code()))
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        return outcome;
    }

    static OperationOutcome information(String diagnostics) {
        return of(List.of(new Issue(Issue.Severity.INFORMATION, "informational", diagnostics, null)));
    }

    private static OperationOutcome.IssueType issueType(String code) {
        try {
            return OperationOutcome.IssueType.fromCode(code);
        } catch (Exception e) {
            return OperationOutcome.IssueType.PROCESSING;
        }
    }
}
