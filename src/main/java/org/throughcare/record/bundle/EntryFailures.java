package org.throughcare.record.bundle;

import java.util.List;
import org.throughcare.record.Issue;
import org.throughcare.record.RecordException;

/** Puts the entry's position in front of every issue, so a client knows which entry failed. */
final class EntryFailures {

    private EntryFailures() {}

    static RecordException at(EntryRequest entry, RecordException failure) {
        List<Issue> issues = failure.issues().stream()
                .map(issue -> new Issue(
                        issue.severity(),
                        issue.code(),
                        issue.diagnostics().startsWith("Bundle.entry[")
                                ? issue.diagnostics()
                                : entry.location() + ": " + issue.diagnostics(),
                        issue.expression() == null || issue.expression().startsWith("Bundle.")
                                ? issue.expression()
                                : entry.location() + ".resource." + issue.expression()))
                .toList();
        return new RecordException(failure.kind(), issues);
    }
}
