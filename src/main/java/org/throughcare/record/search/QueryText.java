package org.throughcare.record.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for search parameters written back into links. */
final class QueryText {

    private QueryText() {}

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":")
                .replace("%2C", ",")
                .replace("%2F", "/");
    }
}
