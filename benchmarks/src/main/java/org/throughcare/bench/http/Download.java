package org.throughcare.bench.http;

import java.io.IOException;
import java.io.InputStream;

/** A streamed download: status, bytes, non-empty lines (resources, for ndjson) and time taken. */
public record Download(int status, long bytes, long lines, long nanos, String failure) {

    static Download count(int status, InputStream in, long start) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        long lines = 0;
        boolean lineHasContent = false;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes += n;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines += lineHasContent ? 1 : 0;
                    lineHasContent = false;
                } else if (buffer[i] != '\r' && buffer[i] != ' ') {
                    lineHasContent = true;
                }
            }
        }
        lines += lineHasContent ? 1 : 0;
        return new Download(status, bytes, lines, System.nanoTime() - start, status == 200 ? null : "status " + status);
    }
}
