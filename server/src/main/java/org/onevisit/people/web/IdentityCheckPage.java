package org.onevisit.people.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantProfile;
import org.onevisit.people.Actors;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The counter's identity verification (实名核验): the clerk looks up an applicant account by its ID number or credit
 * code or its account name, types the number from the ID card or business licence in front of them, confirms they saw
 * it, and verifies. The same rule and the same audit as {@code POST /api/v1/applicants/identity-verifications}: both
 * call {@link ApplicantAccounts#verifyIdentity(String, ApplicantKind, String, org.onevisit.people.Actor, String)}.
 * Numbers are posted, never put in addresses, and shown masked.
 */
@Controller
@RequestMapping(IdentityCheckPage.PAGE)
@PreAuthorize("hasRole('CLERK')")
class IdentityCheckPage {

    static final String PAGE = "/staff/identity-verifications";

    private final ApplicantAccounts accounts;
    private final Actors actors;
    private final MessageSource messages;

    IdentityCheckPage(ApplicantAccounts accounts, Actors actors, MessageSource messages) {
        this.accounts = accounts;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return page(model, "", null, Map.of());
    }

    /** The account the clerk looks for, or a message saying none is registered under what they typed. */
    @PostMapping("/lookup")
    String lookup(@RequestParam(defaultValue = "") String lookup, Authentication clerk, Model model, Locale locale,
            HttpServletResponse response) {
        Optional<ApplicantProfile> found = lookup.isBlank() ? Optional.empty()
                : accounts.forIdentityCheck(lookup, actors.of(clerk.getName()));
        if (found.isEmpty()) {
            response.setStatus(lookup.isBlank() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
            return page(model, "", null, Map.of("lookup", message(lookup.isBlank()
                    ? "people.page.identity.lookupMissing" : "people.page.identity.notFound", locale)));
        }
        return page(model, "", found.get(), Map.of());
    }

    /** The verification: the account, the number typed from the document, and the clerk's confirmation of seeing it. */
    @PostMapping
    String verify(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String identifier,
            @RequestParam(defaultValue = "") String seen, Authentication clerk, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        Optional<ApplicantProfile> profile = accounts.forIdentityCheck(account, actors.of(clerk.getName()))
                .filter(p -> p.principal().equals(account));
        if (profile.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return page(model, "", null, Map.of("lookup", message("people.page.identity.notFound", locale)));
        }
        if (!"on".equals(seen)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, identifier, profile.get(), Map.of("seen", message("people.page.identity.seenMissing",
                    locale)));
        }
        try {
            ApplicantProfile verified = accounts.verifyIdentity(account, profile.get().kind(), identifier,
                    actors.of(clerk.getName()), "WEB");
            redirect.addFlashAttribute("done", message("people.page.identity.done", locale, verified.name(),
                    verified.displayedIdentifier()));
            return "redirect:" + PAGE;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(DomainMessages.status(e).value());
            return page(model, identifier, profile.get(), Map.of("identifier", DomainMessages.text(messages, e, locale)));
        }
    }

    private static String page(Model model, String identifier, @Nullable ApplicantProfile account,
            Map<String, String> errors) {
        model.addAttribute("account", account);
        model.addAttribute("identifier", identifier);
        model.addAttribute("errors", errors);
        return "people/identity-check";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
