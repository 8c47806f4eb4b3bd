package org.onevisit.people;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds a login whose password an administrator set ({@link AccountPasswords#CHANGE_REQUIRED}) to changing it: every
 * other request is refused (the pages lead to the change page, the API answers a 403 problem). Changing the password,
 * logging out, the error page and the files the change page needs stay open.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** How a held request is answered. */
    @FunctionalInterface
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private static final Set<String> OPEN = Set.of(AccountPasswords.PAGE, AccountPasswords.API, "/logout", "/error");
    private static final List<String> OPEN_FOLDERS = List.of("/css/", "/js/", "/webjars/");

    private final Refusal refusal;

    PasswordChangeGate(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && AccountPasswords.changeRequired(login) && !open(request)) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith);
    }
}
