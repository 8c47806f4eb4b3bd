package org.onevisit.people;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * After login: to change the password first where an administrator set it; else back to the page that asked for it,
 * else applicants to their portal and staff to the page of their work — the first of their roles in {@link #WORK}
 * order (a clerk to the counter's workbench, a reviewer or chief representative to the reviews, a coordinator to the
 * meetings, a supervisor to the audit trail, a department's head to the spot checks, an administrator to the administration), or the staff profile page.
 */
class LandingPages implements AuthenticationSuccessHandler {

    /** Each role's work page, in the order a person holding several roles lands. */
    static final Map<StaffRole, String> WORK = workPages();

    private final SavedRequestAwareAuthenticationSuccessHandler applicants = landingOn("/portal");
    private final Map<String, SavedRequestAwareAuthenticationSuccessHandler> staff = new LinkedHashMap<>();

    LandingPages() {
        WORK.values().stream().distinct().forEach(url -> staff.put(url, landingOn(url)));
        staff.put("/staff", landingOn("/staff"));
    }

    private static Map<StaffRole, String> workPages() {
        Map<StaffRole, String> pages = new LinkedHashMap<>();
        pages.put(StaffRole.CLERK, "/staff/counter");
        pages.put(StaffRole.CHIEF_REPRESENTATIVE, "/staff/reviews");
        pages.put(StaffRole.REVIEWER, "/staff/reviews");
        pages.put(StaffRole.COORDINATOR, "/staff/meetings");
        pages.put(StaffRole.SUPERVISOR, "/supervision/dashboard");
        pages.put(StaffRole.DEPARTMENT_HEAD, "/supervision/spot-checks");
        pages.put(StaffRole.ADMIN, "/admin");
        // the hotline's account works through the API; signed in on a page it has none of the staff's
        pages.put(StaffRole.HOTLINE, "/");
        // the monitoring system's account reads the metrics only (ADR 0053)
        pages.put(StaffRole.MONITOR, "/");
        return Collections.unmodifiableMap(pages);
    }

    /** The page a member of staff holding these authorities lands on. */
    static String workPageOf(Collection<? extends GrantedAuthority> authorities) {
        Set<String> held = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return WORK.entrySet().stream().filter(e -> held.contains("ROLE_" + e.getKey().name())).map(Map.Entry::getValue)
                .findFirst().orElse("/staff");
    }

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
        (applicant ? applicants : staff.get(workPageOf(authentication.getAuthorities())))
                .onAuthenticationSuccess(request, response, authentication);
    }

    private static SavedRequestAwareAuthenticationSuccessHandler landingOn(String url) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl(url);
        return handler;
    }
}
