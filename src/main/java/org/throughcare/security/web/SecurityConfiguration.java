package org.throughcare.security.web;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.throughcare.security.account.SignInThrottle;

/**
 * Deny by default. The FHIR API ({@code /fhir/**}) is stateless and takes bearer tokens only,
 * refusing with an OperationOutcome; only the CapabilityStatement and the SMART configuration are
 * public. Everything else (the sign-in page and the web UI) uses a signed-in session kept in
 * PostgreSQL, with CSRF protection and the security headers of {@link WebPageHeaders}; static
 * assets are public. The authorization server's own endpoints have the first chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain fhirApiChain(HttpSecurity http, OutcomeResponses outcomes) throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        http.securityMatcher("/fhir", "/fhir/**", "/.well-known/smart-configuration")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                HttpMethod.GET,
                                "/fhir/metadata",
                                "/.well-known/smart-configuration",
                                "/fhir/.well-known/smart-configuration")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(BearerTokens.callers()))
                                .authenticationEntryPoint((request, response, failure) -> {
                                    challenge.commence(request, response, failure);
                                    outcomes.write(
                                            response,
                                            401,
                                            OperationOutcome.IssueType.LOGIN,
                                            "A valid bearer token is required (missing, expired, forged or not for this API)");
                                })
                                .accessDeniedHandler((request, response, failure) -> {
                                    denied.handle(request, response, failure);
                                    outcomes.write(
                                            response,
                                            403,
                                            OperationOutcome.IssueType.FORBIDDEN,
                                            "The token does not allow this request");
                                }));
        return http.build();
    }

    /** The design system, htmx and our scripts: public, cacheable, no session looked up. */
    @Bean
    @Order(3)
    SecurityFilterChain assetsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/assets/**", "/favicon.ico")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SignInThrottle throttle,
            AuthenticationManager signIn,
            ObjectProvider<ClientRegistrationRepository> externalProviders)
            throws Exception {
        if (externalProviders.getIfAvailable() != null) {
            // An external OpenID Connect provider (CIS2 ...) is configured: offer it beside local accounts.
            http.oauth2Login(login -> login.loginPage(SignInThrottle.SIGN_IN));
        }
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                SignInThrottle.SIGN_IN,
                                SessionEnded.PAGE,
                                "/accessibility",
                                "/error",
                                "/actuator/health")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(signIn)
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage(SignInThrottle.SIGN_IN).permitAll())
                .sessionManagement(session -> session.invalidSessionStrategy(new SessionEnded()))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl(SignInThrottle.SIGN_IN + "?signed-out")
                        .deleteCookies("SESSION"))
                .headers(WebPageHeaders::apply);
        return http.build();
    }

    /**
     * No Micrometer observation around each security filter: it cost more CPU per API call than
     * verifying the token (measured, docs/security.md section 12). HTTP server metrics remain.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Sign-in with a local account; each success and failure is published for audit and lockout. */
    @Bean
    AuthenticationManager signInAuthenticationManager(
            UserDetailsService accounts, PasswordEncoder encoder, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
