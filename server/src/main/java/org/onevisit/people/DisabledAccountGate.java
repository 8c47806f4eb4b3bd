package org.onevisit.people;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Refuses a member of staff whose account was disabled since they logged in, at their next request, on whichever node
 * it reaches: the account's enabled flag and version are read from its row on every request that carries a staff
 * login (one read by the unique username), never from memory, and the node's {@link KnownOfficials} forgets the
 * official if the account changed. A disabled official's session ends and the request goes on as anonymous, so a page
 * sends them to the login and the API answers 401; the login itself refuses a disabled account. A name with no
 * account of record passes: it can act on nothing, as the modules' policies find no {@link Actor} for it.
 */
final class DisabledAccountGate extends OncePerRequestFilter {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final StaffMembers staff;
    private final KnownOfficials known;

    DisabledAccountGate(StaffMembers staff, KnownOfficials known) {
        this.staff = staff;
        this.known = known;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && login.isAuthenticated() && !TRUST.isAnonymous(login) && disabled(login.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            var anonymous = SecurityContextHolder.createEmptyContext();
            anonymous.setAuthentication(new AnonymousAuthenticationToken("disabled-account", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            SecurityContextHolder.setContext(anonymous);
        }
        chain.doFilter(request, response);
    }

    private boolean disabled(String name) {
        if (name.startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)) {
            return false;
        }
        Optional<StaffMembers.Standing> standing = staff.standing(name);
        standing.ifPresent(s -> known.checked(name, s));
        return standing.map(s -> !s.enabled()).orElse(false);
    }
}
