package org.onevisit.platform;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The elder-friendly mode (适老化模式): larger type, high contrast and a shorter menu, switched on or off with
 * {@code ?elder=on} or {@code ?elder=off} on any page (the header's switch) and kept in the {@value #NAME} cookie for a
 * year, with no login needed, like the language. The layout asks {@link #on()} for every page, error pages included.
 * Only the query string is read, never a form body.
 */
@Component("elderMode")
public class ElderMode extends OncePerRequestFilter {

    static final String NAME = "onevisit-elder";
    private static final String PARAMETER = "elder";
    private static final String CHOSEN = ElderMode.class.getName() + ".chosen";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String choice = choice(request.getQueryString());
        if (choice != null) {
            boolean on = choice.equals("on");
            request.setAttribute(CHOSEN, on);
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, on ? "on" : "off").path("/")
                    .maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).secure(request.isSecure()).build()
                    .toString());
        }
        chain.doFilter(request, response);
    }

    /** Whether the page being rendered is in the elder-friendly mode. */
    public boolean on() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        return on(attributes.getRequest());
    }

    static boolean on(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Boolean chosen) {
            return chosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return "on".equals(cookie.getValue());
                }
            }
        }
        return false;
    }

    /** The choice in the query string, {@code on} or {@code off}, or null. */
    private static @Nullable String choice(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(PARAMETER + "=on")) {
                return "on";
            }
            if (pair.equals(PARAMETER + "=off")) {
                return "off";
            }
        }
        return null;
    }
}
