package org.onevisit.kiosk.web;

import java.time.Duration;
import java.util.Locale;

import org.onevisit.kiosk.KioskEnrolment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

/**
 * 终端注册: an administrator, signed in on the kiosk itself, enrols its browser as one of the configured kiosks; the
 * browser keeps the signed cookie for a year ({@link KioskEnrolment}), then the administrator signs out.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class KioskEnrolmentPage {

    private static final Duration KEPT = Duration.ofDays(365);

    private final KioskEnrolment enrolment;
    private final KioskTexts texts;

    KioskEnrolmentPage(KioskEnrolment enrolment, KioskTexts texts) {
        this.enrolment = enrolment;
        this.texts = texts;
    }

    @GetMapping("/admin/kiosks")
    String page(Model model) {
        model.addAttribute("open", enrolment.open());
        model.addAttribute("devices", enrolment.devices());
        return "kiosk/enrol";
    }

    @PostMapping("/admin/kiosks")
    String enrol(@RequestParam(defaultValue = "") @Size(max = 64) String device, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var cookie = enrolment.cookieFor(device);
        if (cookie.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", texts.text("kiosk.enrol.unknown", locale));
            return page(model);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(KioskEnrolment.COOKIE, cookie.get())
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict").path("/").maxAge(KEPT).build().toString());
        model.addAttribute("enrolled", device);
        return page(model);
    }
}
