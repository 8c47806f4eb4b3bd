package org.onevisit.people;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The API calls that must carry the page's CSRF token ({@code X-CSRF-TOKEN}): those that change something and are
 * authenticated by the page session alone. A browser sends the session cookie with any request to the centre, a
 * forged cross-site one too; only a page of the centre knows the token. A caller that authenticates itself in the
 * {@code Authorization} header (HTTP Basic, later bearer tokens) is no browser riding on a cookie and needs none,
 * nor does a caller without a session (it is simply not logged in), nor an endpoint open to anyone, where a forged
 * request gains nothing its forger could not do directly.
 * <p>
 * "Authenticated by the session" means: the caller presented a session id (the cookie) and that session holds a
 * login. A request that logs in by other means within itself (a test's mock login) presents none.
 */
final class SessionAuthenticatedChanges implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final RequestMatcher OPEN_TO_ANYONE = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/applicants"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/certificates/verification"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/delivery/callbacks/**"));

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    @Override
    public boolean matches(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && !OPEN_TO_ANYONE.matches(request)
                && request.getRequestedSessionId() != null
                && sessions.containsContext(request);
    }
}
