package org.throughcare.security.web.audit;

import java.util.List;

/**
 * A patient's access log as a CSV file for a subject access request: who accessed the record,
 * when, in what role, for which organisation, what they did and whether it was emergency access.
 */
final class AccessLogFile {

    private static final String HEADER =
            "Date and time (UK),User,Name,Role,Organisation,Action,Outcome,Emergency access,Detail\r\n";

    private AccessLogFile() {}

    static String csv(List<AuditLine> lines) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (AuditLine line : lines) {
            csv.append(String.join(
                            ",",
                            cell(line.when()),
                            cell(line.who()),
                            cell(line.name()),
                            cell(line.role()),
                            cell(line.organisations()),
                            cell(line.action()),
                            cell(line.outcome()),
                            line.emergency() ? "Yes" : "No",
                            cell(line.detail())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quoted, with quotes doubled (RFC 4180); a cell a spreadsheet would run as a formula is
     * prefixed with an apostrophe, as free text (a break-glass reason) reaches this file.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
