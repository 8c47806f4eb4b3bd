package org.onevisit.people;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages' content security policy on the two pages whose forms may end at an app ({@code /login} and the consent
 * page): a browser checks {@code form-action} on every redirect after a form is sent too, and the authorization
 * endpoint that the login and the consent lead to redirects to the app's registered redirect address. So these two
 * pages allow, besides the centre, the registered redirect addresses' origins — an app's own scheme
 * ({@code onevisit:}), the loopback address on any port (RFC 8252 lets the app choose it), an origin over HTTPS — and
 * nothing else; every other page keeps {@code form-action 'self'} ({@link SecurityHeaders}).
 */
final class AppRedirectsPolicy {

    private static final Set<String> PAGES = Set.of("/login", AppTokenServer.CONSENT_PAGE);
    private static final Set<String> WEB = Set.of("http", "https");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]");

    private final String policy;

    AppRedirectsPolicy(Collection<String> redirectUris) {
        Set<String> sources = new TreeSet<>();
        redirectUris.forEach(uri -> sources.add(source(URI.create(uri))));
        this.policy = SecurityHeaders.PAGES.replace("form-action 'self'",
                "form-action 'self'" + (sources.isEmpty() ? "" : " " + String.join(" ", sources)));
    }

    /** The source expression of a redirect address: its origin over HTTP(S), else its scheme (an app's own). */
    static String source(URI redirect) {
        String scheme = redirect.getScheme();
        if (redirect.getHost() == null || !WEB.contains(scheme)) {
            return scheme + ":";
        }
        if (LOOPBACK.contains(redirect.getHost())) {
            return scheme + "://" + redirect.getHost() + ":*";
        }
        return scheme + "://" + redirect.getHost() + (redirect.getPort() < 0 ? "" : ":" + redirect.getPort());
    }

    String policy() {
        return policy;
    }

    /** The filter that gives the two pages this policy (not a bean: it belongs to the pages' filter chain alone). */
    OncePerRequestFilter onSignInPages() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (PAGES.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
                    response.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, policy);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
