package org.throughcare.bench.scenario;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.http.Reply;

/** Polls a Bulk Data status URL until it answers with something other than 202 Accepted. */
final class ExportPoller {

    private final FhirClient client;
    private final Duration maxInterval;
    private final Duration timeout;
    private int polls;
    private String lastProgress = "";

    ExportPoller(FhirClient client, Duration maxInterval, Duration timeout) {
        this.client = client;
        this.maxInterval = maxInterval;
        this.timeout = timeout;
    }

    /** The first non-202 answer: 200 with the manifest, or an error; status 0 after the timeout. */
    Reply awaitManifest(String statusUrl) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Reply reply = client.get(statusUrl, "Accept", "application/json");
            polls++;
            if (reply.status() != 202) {
                return reply;
            }
            String progress = reply.header("X-Progress").orElse("");
            if (!progress.equals(lastProgress)) {
                System.err.println("  export progress: " + progress);
                lastProgress = progress;
            }
            Thread.sleep(wait(reply).toMillis());
        }
        return Reply.failed("export did not finish within " + timeout, 0);
    }

    int polls() {
        return polls;
    }

    private Duration wait(Reply reply) {
        Duration hinted =
                reply.header("Retry-After").map(ExportPoller::parseRetryAfter).orElse(maxInterval);
        return hinted.compareTo(maxInterval) > 0 ? maxInterval : hinted;
    }

    static Duration parseRetryAfter(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(), when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e) {
                return Duration.ofSeconds(1);
            }
        }
    }
}
