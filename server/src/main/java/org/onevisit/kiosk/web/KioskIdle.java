package org.onevisit.kiosk.web;

import java.time.Clock;
import java.time.Instant;

import org.onevisit.kiosk.KioskSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The kiosk's idle end, on the server: a request that comes after the idle time finds the visit over (the card
 * forgotten, the case looked up forgotten) and is sent to the start screen; every other request counts as a touch.
 * The page counts down too, and goes back to the start by itself; the server does not rely on it.
 */
@Configuration(proxyBeanMethods = false)
class KioskIdle implements WebMvcConfigurer, HandlerInterceptor {

    private final Clock clock;
    private final KioskSettings settings;

    KioskIdle(Clock clock, KioskSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/kiosk/**", "/kiosk");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        KioskVisit visit = KioskVisit.existing(request.getSession(false));
        if (visit == null) {
            return true;
        }
        Instant now = clock.instant();
        if (visit.lastTouch().plus(settings.idleTimeout()).isBefore(now)) {
            KioskVisit.end(request.getSession(false));
            if (!"/kiosk".equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + "/kiosk?ended");
                return false;
            }
            return true;
        }
        visit.touched(now);
        return true;
    }
}
