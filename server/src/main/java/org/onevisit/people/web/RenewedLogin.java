package org.onevisit.people.web;

import java.util.List;

import org.onevisit.people.AccountPasswords;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login of a page session after its holder changed the password: without {@link AccountPasswords#CHANGE_REQUIRED},
 * under a new session id. A caller that authenticates every request (HTTP Basic) has no session to renew.
 */
final class RenewedLogin {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private RenewedLogin() {
    }

    static void afterPasswordChange(Authentication login, HttpServletRequest request, HttpServletResponse response) {
        if (!SESSIONS.containsContext(request)) {
            return;
        }
        List<GrantedAuthority> kept = login.getAuthorities().stream()
                .filter(a -> !AccountPasswords.CHANGE_REQUIRED.getAuthority().equals(a.getAuthority()))
                .map(GrantedAuthority.class::cast).toList();
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(login.getPrincipal(), null, kept);
        renewed.setDetails(login.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        SESSIONS.saveContext(context, request, response);
    }
}
