package org.throughcare.bench.report;

/**
 * One bar from the issues, measured in one run: our figure, the peer's, and whether we met it
 * ({@code null} when the bar only asks for a figure to be reported, or it could not be judged).
 */
public record BarResult(
        String id, String issue, String bar, String target, String ours, String peer, String verdict, String run) {

    static final String PASS = "pass";
    static final String FAIL = "fail";

    String row() {
        return String.format(
                "| %s | %s | %s | %s | %s | %s | %s |",
                bar, issue, target, Cells.of(ours), Cells.of(peer), Cells.of(verdict), run);
    }

    static final String HEADER = """
            | bar | issue | target | ours | peer | result | run |
            |---|---|---|---:|---:|---|---|""";
}
