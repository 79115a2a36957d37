package org.throughcare.security.server;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.throughcare.security.SecurityProperties;

/**
 * Registers OAuth2 clients: a first-party staff client (authorization code, for the web UI and
 * SMART apps used by staff) and backend system clients (client credentials with a secret, or with
 * a signed JWT assertion as SMART Backend Services asks). Existing registrations are left alone.
 */
@ConditionalOnWebApplication
@Component
public class ClientRegistrations {

    public static final List<String> STAFF_SCOPES =
            List.of("openid", "profile", "fhirUser", "offline_access", "user/*.cruds", "user/*.rs");

    private final RegisteredClientRepository clients;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;

    ClientRegistrations(RegisteredClientRepository clients, PasswordEncoder encoder, SecurityProperties properties) {
        this.clients = clients;
        this.encoder = encoder;
        this.properties = properties;
    }

    /** A confidential staff client using the authorization code flow. */
    public void staffClient(String clientId, String secret, List<String> redirectUris) {
        register(clientId, builder -> builder.clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scopes(scopes -> scopes.addAll(STAFF_SCOPES))
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .build()));
    }

    /** A backend client authenticating with a shared secret (client_secret_basic). */
    public void secretClient(String clientId, String secret, List<String> scopes) {
        register(clientId, builder -> builder.clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(scopes)));
    }

    /** A SMART Backend Services client: private_key_jwt, its public keys at {@code jwkSetUrl}. */
    public void keyClient(String clientId, String jwkSetUrl, List<String> scopes) {
        register(clientId, builder -> builder.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(granted -> granted.addAll(scopes))
                .clientSettings(ClientSettings.builder()
                        .jwkSetUrl(jwkSetUrl)
                        .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384)
                        .build()));
    }

    private void register(String clientId, java.util.function.Consumer<RegisteredClient.Builder> details) {
        if (clients.findByClientId(clientId) != null) {
            return;
        }
        RegisteredClient.Builder builder = RegisteredClient.withId(
                        UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(clientId)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.accessTokenLifetime())
                        .refreshTokenTimeToLive(Duration.ofHours(8))
                        .reuseRefreshTokens(false)
                        .build());
        details.accept(builder);
        clients.save(builder.build());
    }
}
