package org.throughcare.patient.pds;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Personal Demographics Service FHIR R4 API is ({@code
 * https://api.service.nhs.uk/personal-demographics/FHIR/R4} in production, the sandbox or a local
 * server in tests); empty means none, and identities are recorded by hand. The access token is
 * obtained outside this application (NHS API platform signed-JWT authentication) and supplied here.
 *
 * @param baseUrl the API's base URL, or empty
 * @param accessToken a bearer token for the API, or empty
 * @param timeout how long to wait for an answer
 */
@ConfigurationProperties("throughcare.pds")
public record PdsProperties(String baseUrl, String accessToken, Duration timeout) {

    public PdsProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
        accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
