package org.throughcare.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small local server speaking the Personal Demographics Service FHIR R4 API's published formats,
 * answering from our own test data in {@code src/test/resources/pds}: {@code GET
 * /Patient/{nhsNumber}} (a Patient, or 404 with PDS's RESOURCE_NOT_FOUND OperationOutcome), and
 * {@code GET /Patient?family=...} (a searchset Bundle with scores, an empty one, or 400
 * TOO_MANY_MATCHES for family Smith). NHS number 9999999999 makes it fail with 500.
 */
public final class LocalPds implements AutoCloseable {

    public static final String PATH = "/personal-demographics/FHIR/R4";

    private final HttpServer server;
    private final List<String> requestIds = new CopyOnWriteArrayList<>();

    public LocalPds() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH + "/Patient", this::answer);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The X-Request-ID of every request received, in order. */
    public List<String> requestIds() {
        return requestIds;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requestIds.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-ID")));
        String path = exchange.getRequestURI().getPath().substring((PATH + "/Patient").length());
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        if (path.startsWith("/")) {
            read(exchange, path.substring(1));
        } else if (query.contains("family=Smith")) {
            send(exchange, 400, "too-many-matches.json");
        } else if (query.contains("family=Ashworth") && query.contains("birthdate=eq1979-11-03")) {
            send(exchange, 200, "search-ashworth.json");
        } else {
            send(exchange, 200, null);
        }
    }

    private void read(HttpExchange exchange, String nhsNumber) throws IOException {
        switch (nhsNumber) {
            case "9449306753" -> send(exchange, 200, "patient-9449306753.json");
            case "9721234567" -> send(exchange, 200, "patient-9721234567-restricted.json");
            case "9999999999" -> send(exchange, 500, null);
            default -> send(exchange, 404, "not-found.json");
        }
    }

    private static void send(HttpExchange exchange, int status, String file) throws IOException {
        byte[] body;
        if (file == null) {
            body = (status == 200 ? "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}" : "oops")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            try (InputStream in = LocalPds.class.getResourceAsStream("/pds/" + file)) {
                body = in.readAllBytes();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
