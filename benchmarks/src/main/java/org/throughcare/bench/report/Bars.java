package org.throughcare.bench.report;

import static org.throughcare.bench.report.Figures.exportFirst;
import static org.throughcare.bench.report.Figures.exportRate;
import static org.throughcare.bench.report.Figures.kb;
import static org.throughcare.bench.report.Figures.mb;
import static org.throughcare.bench.report.Figures.ms;
import static org.throughcare.bench.report.Figures.rate;
import static org.throughcare.bench.report.Figures.seconds;
import static org.throughcare.bench.report.Verdicts.errorsOr;
import static org.throughcare.bench.report.Verdicts.measured;
import static org.throughcare.bench.report.Verdicts.median;
import static org.throughcare.bench.report.Verdicts.overall;
import static org.throughcare.bench.report.Verdicts.ratioText;
import static org.throughcare.bench.report.Verdicts.ratioVerdict;
import static org.throughcare.bench.report.Verdicts.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The speed bars of issues 2 to 5, judged from one run. A bar is met only by a result without
 * errors: a fast answer that failed proves nothing.
 */
final class Bars {

    private static final long MIN_RESOURCES_FOR_DISK = 10_000;

    private final RunResults run;
    private final List<BarResult> results = new ArrayList<>();

    private Bars(RunResults run) {
        this.run = run;
    }

    static List<BarResult> judge(RunResults run) {
        Bars bars = new Bars(run);
        bars.startup();
        bars.creates();
        bars.reads();
        bars.transactions();
        bars.ingest();
        bars.clinicianMix();
        bars.everything();
        bars.export();
        bars.disk();
        bars.authorisationCost("reads");
        bars.authorisationCost("clinician-mix");
        bars.custodyMovements();
        bars.arrival();
        bars.transfer();
        return bars.results;
    }

    private void startup() {
        JsonNode ours = run.result("ours", "startup");
        JsonNode peer = run.result("peer", "startup");
        if (ours.isMissingNode()) {
            return;
        }
        double oursMs = median(ours.path("readyMs"));
        add(
                "startup",
                "2",
                "start-up to ready, initialised database (median)",
                "< 5 s (peer 20–34 s)",
                seconds(oursMs),
                peer.isMissingNode() ? "-" : seconds(median(peer.path("readyMs"))),
                verdict(oursMs < 5000));
        double rss = ours.path("rssAfterLoadMb").asDouble();
        add(
                "rss",
                "2",
                "resident memory after a load",
                "< 512 MB (peer 1.2–1.3 GB)",
                mb(ours.path("rssAfterLoadMb")),
                mb(peer.path("rssAfterLoadMb")),
                verdict(rss < 512));
    }

    private void creates() {
        JsonNode ours = run.result("ours", "creates");
        JsonNode peer = run.result("peer", "creates");
        if (measured(ours)) {
            add(
                    "creates-rate",
                    "2",
                    "single creates, 8 clients: throughput",
                    "≥ 3× peer (peer 144/s)",
                    rate(ours, "throughput", "/s"),
                    rate(peer, "throughput", "/s"),
                    ratioVerdict(ours, peer, "throughput", 3, 144));
            add(
                    "creates-p99",
                    "2",
                    "single creates, 8 clients: p99",
                    "< 50 ms",
                    ms(ours, "p99"),
                    ms(peer, "p99"),
                    errorsOr(ours, overall(ours, "p99") < 50));
        }
    }

    private void reads() {
        JsonNode ours = run.result("ours", "reads");
        if (measured(ours)) {
            add(
                    "reads-p99",
                    "2",
                    "reads by id, 8 clients: p99",
                    "< 10 ms",
                    ms(ours, "p99"),
                    ms(run.result("peer", "reads"), "p99"),
                    errorsOr(ours, overall(ours, "p99") < 10));
        }
    }

    private void transactions() {
        JsonNode ours = run.result("ours", "transactions");
        JsonNode peer = run.result("peer", "transactions");
        if (measured(ours)) {
            add(
                    "transactions",
                    "2",
                    "transactions of 100 entries: resources/s",
                    "reported against the peer",
                    rate(ours, "unitsPerSecond", "/s"),
                    rate(peer, "unitsPerSecond", "/s"),
                    ratioText(ours, peer, "unitsPerSecond"));
        }
    }

    private void ingest() {
        JsonNode ours = run.result("ours", "ingest");
        JsonNode peer = run.result("peer", "ingest");
        if (measured(ours)) {
            add(
                    "ingest",
                    "3",
                    "Synthea transaction ingest: resources/s",
                    "≥ 3× peer (peer 389/s)",
                    rate(ours, "unitsPerSecond", "/s"),
                    rate(peer, "unitsPerSecond", "/s"),
                    ratioVerdict(ours, peer, "unitsPerSecond", 3, 389));
        }
    }

    private void clinicianMix() {
        JsonNode ours = run.result("ours", "clinician-mix");
        JsonNode peer = run.result("peer", "clinician-mix");
        if (!measured(ours)) {
            return;
        }
        String size = String.format(Locale.ROOT, " (%,d patients)", run.patients());
        add(
                "mix-rate",
                "3",
                "clinician mix, 8 clients: throughput" + size,
                "≥ 3× peer (peer 123/s)",
                rate(ours, "throughput", "/s"),
                rate(peer, "throughput", "/s"),
                ratioVerdict(ours, peer, "throughput", 3, 123));
        add(
                "mix-p50",
                "3",
                "clinician mix: p50" + size,
                "< 15 ms",
                ms(ours, "p50"),
                ms(peer, "p50"),
                errorsOr(ours, overall(ours, "p50") < 15));
        add(
                "mix-p99",
                "3",
                "clinician mix: p99" + size,
                "< 60 ms",
                ms(ours, "p99"),
                ms(peer, "p99"),
                errorsOr(ours, overall(ours, "p99") < 60));
    }

    private void everything() {
        JsonNode ours = run.result("ours", "everything");
        if (measured(ours)) {
            add(
                    "everything",
                    "3",
                    "Patient/$everything first page: p95",
                    "< 30 ms",
                    ms(ours, "p95"),
                    ms(run.result("peer", "everything"), "p95"),
                    errorsOr(ours, overall(ours, "p95") < 30));
        }
    }

    private void export() {
        JsonNode ours = run.result("ours", "export");
        JsonNode peer = run.result("peer", "export");
        if (ours.isMissingNode()) {
            return;
        }
        boolean done =
                !ours.has("error") && ours.path("extra").path("failedDownloads").asInt() == 0;
        double rate = ours.path("overall").path("unitsPerSecond").asDouble();
        double first = ours.path("extra").path("secondsToFirstFile").asDouble(Double.NaN);
        add(
                "export-rate",
                "3",
                "$export: resources/s, kick-off to last file",
                "≥ 10,000/s (peer 13k in 3 min 49 s)",
                exportRate(ours),
                exportRate(peer),
                done ? verdict(rate >= 10_000) : "fail (" + ours.path("error").asText("errors") + ")");
        add(
                "export-first",
                "3",
                "$export: time to first file",
                "< 5 s",
                exportFirst(ours),
                exportFirst(peer),
                done ? verdict(first < 5) : BarResult.FAIL);
    }

    private void disk() {
        JsonNode ours = run.result("ours", "disk");
        if (ours.isMissingNode()) {
            return;
        }
        long perResource = ours.path("bytesPerResource").asLong();
        // Empty tables and indexes take pages of their own: only a loaded database says anything.
        boolean loaded = ours.path("resources").asLong() >= MIN_RESOURCES_FOR_DISK;
        add(
                "disk",
                "3",
                "database size per resource, with indexes",
                "≤ 4 KB (peer about 10 KB)",
                kb(ours),
                kb(run.result("peer", "disk")),
                loaded ? verdict(perResource <= 4096) : "not judged (fewer than 10,000 resources stored)");
    }

    /**
     * Issue 4: authorisation and audit add at most 10% to reads and searches, judged against a
     * "baseline" build of Throughcare without them, in the same run. Both throughput and p50 count.
     */
    private void authorisationCost(String scenario) {
        JsonNode ours = run.result("ours", scenario);
        JsonNode baseline = run.result("baseline", scenario);
        if (!measured(ours) || !measured(baseline) || !ours.has("overall") || !baseline.has("overall")) {
            return;
        }
        double slower = overall(baseline, "throughput") / overall(ours, "throughput") - 1;
        double later = overall(ours, "p50") / overall(baseline, "p50") - 1;
        String figures = "%s · p50 %s";
        add(
                "auth-" + scenario,
                "4",
                scenario + ": cost of authorisation and audit (throughput, p50)",
                "≤ 10% vs baseline build",
                String.format(figures, rate(ours, "throughput", "/s"), ms(ours, "p50")),
                "baseline " + String.format(figures, rate(baseline, "throughput", "/s"), ms(baseline, "p50")),
                errorsOr(ours, slower <= 0.10 && later <= 0.10)
                        .replace(BarResult.PASS, BarResult.PASS + pct(slower, later))
                        .replaceFirst("^fail$", BarResult.FAIL + pct(slower, later)));
    }

    /** Issue 5: every delivery of about 5,000 events, each sent twice and out of order, in under 60 s. */
    private void custodyMovements() {
        JsonNode ours = run.result("ours", "custody-movements");
        if (!measured(ours)) {
            return;
        }
        double took = ours.path("seconds").asDouble();
        int wrong = ours.path("wrongEpisodes").asInt(-1);
        add(
                "custody-movements",
                "5",
                String.format(
                        Locale.ROOT,
                        "%,d movement events, each delivered twice, out of order",
                        ours.path("uniqueEvents").asInt()),
                "< 60 s, no wrong episodes",
                String.format(Locale.ROOT, "%.1f s, %d wrong", took, wrong),
                "-",
                errorsOr(ours, took < 60 && wrong == 0));
    }

    /** Issue 5: an arrival event is on the establishment's reception list within 1 s (every one). */
    private void arrival() {
        JsonNode ours = run.result("ours", "arrival");
        if (measured(ours)) {
            add(
                    "arrival",
                    "5",
                    "arrival event to the reception list: p99 · max",
                    "< 1 s",
                    ms(ours, "p99") + " · " + ms(ours, "max"),
                    "-",
                    errorsOr(ours, overall(ours, "max") < 1000));
        }
    }

    /**
     * Issue 5: a transferred patient's 2,000 resources readable whole at the receiving establishment
     * at once, nothing copied: judged by every patient read whole, under the ids stored.
     */
    private void transfer() {
        JsonNode ours = run.result("ours", "transfer");
        if (measured(ours)) {
            boolean whole =
                    ours.path("readWhole").asInt() == ours.path("patients").asInt();
            add(
                    "transfer",
                    "5",
                    String.format(
                            Locale.ROOT,
                            "transfer-in to the whole record (%,d resources) read at the receiving prison: p50 · max",
                            ours.path("historyResources").asInt()),
                    "at once, nothing copied",
                    ms(ours, "p50") + " · " + ms(ours, "max"),
                    "-",
                    errorsOr(ours, whole));
        }
    }

    /** The throughput as a share of the baseline's (the bar allows a cost of 10%), and the p50 added. */
    private static String pct(double slower, double later) {
        return String.format(
                Locale.ROOT, " (throughput %.0f%% of the baseline's, p50 %+.0f%%)", 100 / (1 + slower), later * 100);
    }

    // -- helpers

    private void add(String id, String issue, String bar, String target, String ours, String peer, String verdict) {
        results.add(new BarResult(id, issue, bar, target, ours, peer, verdict, run.id()));
    }
}
