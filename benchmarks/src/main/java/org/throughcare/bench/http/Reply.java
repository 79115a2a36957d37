package org.throughcare.bench.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One HTTP answer with how long it took. Status 0 means the request never got an answer (refused
 * connection, timeout); {@code failure} then says why.
 */
public record Reply(int status, HttpHeaders headers, byte[] body, long nanos, String failure) {

    public static Reply failed(String failure, long nanos) {
        return new Reply(0, HttpHeaders.of(java.util.Map.of(), (a, b) -> true), new byte[0], nanos, failure);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public double millis() {
        return nanos / 1_000_000.0;
    }

    /** A short description for error reports: the status and the start of the body. */
    public String summary() {
        if (status == 0) {
            return "no answer: " + failure;
        }
        String text = text().replaceAll("\\s+", " ");
        return status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
