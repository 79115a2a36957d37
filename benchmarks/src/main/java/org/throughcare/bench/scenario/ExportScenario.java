package org.throughcare.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.throughcare.bench.http.Download;
import org.throughcare.bench.http.FhirClient;
import org.throughcare.bench.http.Reply;

/**
 * FHIR Bulk Data (v2) export of everything: kick-off ({@code [base]/$export}, or
 * {@code Patient/$export} with {@code --level patient}), status polling that honours Retry-After
 * (but polls at least every {@code --max-poll}, default 1 s, so the figures are not rounded up to
 * the server's hint), then every output file downloaded and its resources counted. Reports the time
 * to the first file and resources per second from kick-off to the last byte.
 */
final class ExportScenario implements Scenario {

    @Override
    public ObjectNode run(Context context) throws Exception {
        FhirClient client = context.client();
        ObjectNode result = Results.start(context, "export", "resources");
        ObjectNode extra = result.putObject("extra");
        String path = "patient".equals(context.options().text("level", "system")) ? "Patient/$export" : "$export";
        long start = System.nanoTime();
        Reply kickOff = client.get(path, "Prefer", "respond-async");
        extra.put("kickOffStatus", kickOff.status());
        String statusUrl = kickOff.header("Content-Location").orElse(null);
        if (kickOff.status() != 202 || statusUrl == null) {
            return failed(result, "kick-off answered " + kickOff.summary());
        }
        ExportPoller poller = new ExportPoller(
                client,
                context.options().duration("max-poll", Duration.ofSeconds(1)),
                context.options().duration("export-timeout", Duration.ofMinutes(60)));
        Reply manifest = poller.awaitManifest(statusUrl);
        double toManifest = (System.nanoTime() - start) / 1e9;
        extra.put("polls", poller.polls());
        if (manifest.status() != 200) {
            client.delete(statusUrl);
            return failed(result, "status polling ended with " + manifest.summary());
        }
        JsonNode body = context.json().readTree(manifest.body());
        // Bulk Data v2 lists the files only once the export is complete: the first file is ready then.
        extra.put("secondsToFirstFile", toManifest);
        downloadAll(client, body, extra, start);
        double total = (System.nanoTime() - start) / 1e9;
        client.delete(statusUrl);
        long resources = extra.path("resources").asLong();
        extra.put("secondsTotal", total);
        ObjectNode overall = result.putObject("overall");
        overall.put("units", resources).put("seconds", total).put("unitsPerSecond", resources / total);
        result.put("seconds", total);
        return result;
    }

    private static void downloadAll(FhirClient client, JsonNode manifest, ObjectNode extra, long start) {
        long resources = 0;
        long bytes = 0;
        int failures = 0;
        ObjectNode byType = extra.putObject("byType");
        for (JsonNode output : manifest.path("output")) {
            Download file = client.download(output.path("url").asText(), "Accept", "application/fhir+ndjson");
            if (file.status() != 200) {
                failures++;
                System.err.println("  download failed: " + output.path("url").asText() + " " + file.failure());
                continue;
            }
            if (resources == 0) {
                extra.put("secondsToFirstFileDownloaded", (System.nanoTime() - start) / 1e9);
            }
            resources += file.lines();
            bytes += file.bytes();
            String type = output.path("type").asText();
            byType.put(type, byType.path(type).asLong() + file.lines());
        }
        extra.put("files", manifest.path("output").size()).put("failedDownloads", failures);
        extra.put("resources", resources).put("bytes", bytes);
        extra.put("errorFiles", manifest.path("error").size());
    }

    private static ObjectNode failed(ObjectNode result, String why) {
        System.err.println("  export failed: " + why);
        result.put("error", why);
        return result;
    }
}
