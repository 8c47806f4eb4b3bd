package org.onevisit.people;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * After login: to change the password first where an administrator set it; else back to the page that asked for it,
 * else applicants to their portal and staff to theirs.
 */
class LandingPages implements AuthenticationSuccessHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler applicants = landingOn("/portal");
    private final SavedRequestAwareAuthenticationSuccessHandler staff = landingOn("/staff");

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (AccountPasswords.changeRequired(authentication)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            }
            response.sendRedirect(request.getContextPath() + AccountPasswords.PAGE);
            return;
        }
        boolean applicant = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + LoginAccounts.APPLICANT_ROLE).equals(a.getAuthority()));
        (applicant ? applicants : staff).onAuthenticationSuccess(request, response, authentication);
    }

    private static SavedRequestAwareAuthenticationSuccessHandler landingOn(String url) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl(url);
        return handler;
    }
}
