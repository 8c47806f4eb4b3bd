package org.onevisit.people;

import java.io.IOException;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a bearer token's scopes let an app do on the API, beside what the person's roles let them do: {@value #PROFILE}
 * reads the account ({@code /api/v1/applicants/me}); {@value #CASES} is everything else an applicant does — apply,
 * upload, track, messages, ratings, complaints, certificates; {@code offline_access} brings a refresh token
 * ({@link RotatedRefreshTokens}). A request whose token lacks the scope is answered 403 {@code insufficient_scope}; a
 * request with HTTP Basic or the page session is not concerned.
 */
final class TokenScopes extends OncePerRequestFilter {

    static final String AUTHORITY = "SCOPE_";
    static final String CASES = "cases";
    static final String PROFILE = "profile";
    private static final Set<String> PROFILE_PATHS = Set.of("/api/v1/applicants/me");

    private final PasswordChangeGate.Refusal refusal;

    TokenScopes(PasswordChangeGate.Refusal refusal) {
        this.refusal = refusal;
    }

    /** The scope a request to {@code path} needs. */
    static String needed(String path) {
        return PROFILE_PATHS.contains(path) ? PROFILE : CASES;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login instanceof JwtAuthenticationToken && !granted(login,
                needed(request.getRequestURI().substring(request.getContextPath().length())))) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean granted(Authentication login, String scope) {
        return login.getAuthorities().stream().anyMatch(a -> (AUTHORITY + scope).equals(a.getAuthority()));
    }
}
