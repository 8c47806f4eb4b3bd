package org.onevisit.kiosk.web;

import org.jspecify.annotations.Nullable;
import org.onevisit.kiosk.KioskEnrolment;
import org.onevisit.kiosk.KioskSettings;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What every kiosk screen shows: the idle countdown's times, whether this browser is an enrolled kiosk, the person. */
@ControllerAdvice(assignableTypes = {KioskPages.class, KioskStatusPages.class, KioskIdentityPages.class,
        KioskTicketPages.class})
class KioskModel {

    private final KioskSettings settings;
    private final KioskEnrolment enrolment;

    KioskModel(KioskSettings settings, KioskEnrolment enrolment) {
        this.settings = settings;
        this.enrolment = enrolment;
    }

    @ModelAttribute
    void kiosk(@CookieValue(name = KioskEnrolment.COOKIE, required = false) @Nullable String device,
            HttpServletRequest request, Model model) {
        // the language switch reloads the screen shown; after a form's answer (a POST), the start screen
        model.addAttribute("here", "GET".equals(request.getMethod()) ? request.getServletPath() : "/kiosk");
        model.addAttribute("idleSeconds", settings.idleTimeout().toSeconds());
        model.addAttribute("warningSeconds", settings.idleWarning().toSeconds());
        model.addAttribute("enrolledKiosk", enrolment.device(device).orElse(null));
        KioskVisit visit = KioskVisit.existing(request.getSession(false));
        model.addAttribute("person", visit == null || visit.card() == null ? null : PersonView.of(visit.card()));
    }
}
