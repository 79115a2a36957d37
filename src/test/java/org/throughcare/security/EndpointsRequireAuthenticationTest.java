package org.throughcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.throughcare.testing.IntegrationTest;
import org.throughcare.testing.TestTokens;

/**
 * Deny by default, proved by enumeration: every URL pattern and method Spring MVC maps is called
 * without credentials and must refuse (401, or a redirect to the sign-in page for the web UI),
 * except the few public ones named here. A new endpoint is covered without anyone remembering to.
 */
@IntegrationTest
class EndpointsRequireAuthenticationTest {

    /**
     * Public by design: discovery, the sign-in page, the error page, the page a timed-out user is
     * sent to and the accessibility statement (neither holds any data).
     */
    private static final Set<String> PUBLIC = Set.of(
            "GET /session-ended",
            "GET /accessibility",
            "GET /fhir/metadata",
            "GET /.well-known/smart-configuration",
            "GET /fhir/.well-known/smart-configuration",
            "GET /sign-in",
            "GET /error",
            "POST /error",
            "PUT /error",
            "PATCH /error",
            "DELETE /error",
            "HEAD /error",
            "OPTIONS /error");

    @LocalServerPort
    int port;

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    @Test
    void everyMappedEndpointRefusesAnonymousCallers() {
        List<String> checked = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<RequestMappingInfo> infos = mappings.stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .toList();
        for (RequestMappingInfo info : infos) {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods(info)) {
                    String call = method.name() + " " + pattern;
                    if (PUBLIC.contains(call)) {
                        continue;
                    }
                    checked.add(call);
                    HttpResponse<String> response = send(method.name(), concrete(pattern));
                    if (!refused(response)) {
                        open.add(call + " answered " + response.statusCode());
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(10);
        assertThat(open).as("endpoints that answered without authentication").isEmpty();
    }

    @Test
    void theAuthorizationServerRefusesUnauthenticatedTokenRequests() {
        HttpResponse<String> response = send("POST", "/oauth2/token");
        assertThat(refused(response)).as("refused: %s", response.statusCode()).isTrue();
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void theFhirApiRefusalIsAnOperationOutcomeNotAPage() {
        HttpResponse<String> response = send("GET", "/fhir/Patient/anything");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/fhir+json");
        assertThat(response.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    private static List<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : List.copyOf(declared);
    }

    /** Path variables get harmless sample values. */
    private static String concrete(String pattern) {
        return pattern.replace("{type}", "Patient")
                .replace("{id}", "sample")
                .replace("{version}", "1")
                .replaceAll("\\{[^}]+}", "sample");
    }

    private static boolean refused(HttpResponse<String> response) {
        int status = response.statusCode();
        boolean toSignIn = status == 302
                && response.headers().firstValue("Location").orElse("").contains("/sign-in");
        return status == 401 || status == 403 || toSignIn;
    }

    private HttpResponse<String> send(String method, String path) {
        HttpClient client = TestTokens.newClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestTokens.base(port) + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/fhir+json")
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
