package org.throughcare.security.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (templates/security/sign-in.html): labels, autocomplete hints, an error summary
 * that never says whether the account exists, and the lockout rule stated up front. An external
 * provider (NHS CIS2) is offered beside local accounts when one is configured.
 */
@Controller
@ConditionalOnWebApplication
class SignInPage {

    private final ObjectProvider<InMemoryClientRegistrationRepository> externalProviders;

    SignInPage(ObjectProvider<InMemoryClientRegistrationRepository> externalProviders) {
        this.externalProviders = externalProviders;
    }

    @GetMapping("/sign-in")
    String page(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("providers", providers());
        return "security/sign-in";
    }

    private List<Provider> providers() {
        InMemoryClientRegistrationRepository registrations = externalProviders.getIfAvailable();
        if (registrations == null) {
            return List.of();
        }
        List<Provider> providers = new java.util.ArrayList<>();
        for (ClientRegistration registration : registrations) {
            providers.add(new Provider(
                    registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
        }
        return providers;
    }

    /** An external identity provider, such as NHS CIS2. */
    record Provider(String name, String href) {}
}
