package org.throughcare.bench.report;

/** Text made safe and short for a Markdown table cell. */
final class Cells {

    private static final int LIMIT = 140;

    private Cells() {}

    static String of(String text) {
        String cell = text.replaceAll("/\\S*/results/[^/\\s]+/", "")
                .replaceAll("\\s+", " ")
                .replace("|", "\\|")
                .trim();
        return cell.length() > LIMIT ? cell.substring(0, LIMIT) + "…" : cell;
    }
}
