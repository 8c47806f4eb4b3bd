package org.onevisit.people.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantProfile;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent page of the apps' token login: the signed-in person sees which app asks for what, unticks what they do
 * not allow, and allows or denies; the answer goes to the authorization endpoint, which sends the app its code or the
 * refusal. Scopes allowed before are listed, not asked again.
 */
@Controller
class ConsentPage {

    private final RegisteredClientRepository clients;
    private final OAuth2AuthorizationConsentService consents;
    private final ApplicantAccounts applicants;

    ConsentPage(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents,
            ApplicantAccounts applicants) {
        this.clients = clients;
        this.consents = consents;
        this.applicants = applicants;
    }

    /** What the page shows: the app, who is signed in, the scopes to allow and those allowed before. */
    record ConsentView(String clientId, String clientName, String state, String shownLogin, List<String> toApprove,
            List<String> approved) {
    }

    @GetMapping("/oauth2/consent")
    String consent(@RequestParam(OAuth2ParameterNames.CLIENT_ID) String clientId,
            @RequestParam(name = OAuth2ParameterNames.SCOPE, defaultValue = "") String scope,
            @RequestParam(OAuth2ParameterNames.STATE) String state, Authentication person, Model model) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            throw new DomainException(Kind.NOT_FOUND, "oauth-client-unknown", "No app is registered with this client id");
        }
        OAuth2AuthorizationConsent earlier = consents.findById(client.getId(), person.getName());
        Set<String> before = earlier == null ? Set.of() : earlier.getScopes();
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
        requested.removeIf(s -> s.isBlank() || OidcScopes.OPENID.equals(s) || !client.getScopes().contains(s));
        model.addAttribute("consent", new ConsentView(client.getClientId(), client.getClientName(), state,
                shown(person), requested.stream().filter(s -> !before.contains(s)).toList(),
                requested.stream().filter(before::contains).toList()));
        return "people/consent";
    }

    private String shown(Authentication person) {
        return applicants.profile(person.getName()).map(ApplicantProfile::name).orElse(person.getName());
    }
}
