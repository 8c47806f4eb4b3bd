package org.onevisit.kiosk.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.MaterialUploads;
import org.onevisit.kiosk.IdCard;
import org.onevisit.kiosk.Kiosk;
import org.onevisit.kiosk.Kiosk.PreCheckRequest;
import org.onevisit.kiosk.KioskEnrolment;
import org.onevisit.kiosk.KioskSettings;
import org.onevisit.kiosk.KioskSettings.Device;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;

/**
 * 刷身份证 and what follows, on an enrolled kiosk only: the card read into this visit, the person's own cases (each
 * printable as a status slip), and a pre-check (预审) of an item with the materials from the kiosk's document scanner.
 * Any other browser is told that identification works only at the hall's kiosks (403).
 */
@Controller
class KioskIdentityPages {

    private final Kiosk kiosk;
    private final KioskEnrolment enrolment;
    private final Intake intake;
    private final MaterialFiles files;
    private final KioskTexts texts;
    private final Clock clock;
    private final KioskSettings settings;

    KioskIdentityPages(Kiosk kiosk, KioskEnrolment enrolment, Intake intake, MaterialFiles files, KioskTexts texts,
            Clock clock, KioskSettings settings) {
        this.kiosk = kiosk;
        this.enrolment = enrolment;
        this.intake = intake;
        this.files = files;
        this.texts = texts;
        this.clock = clock;
        this.settings = settings;
    }

    @PostMapping("/kiosk/identify")
    String identify(@CookieValue(name = KioskEnrolment.COOKIE, required = false) @Nullable String cookie,
            HttpServletRequest request, Model model, Locale locale, HttpServletResponse response) {
        Device device = enrolment.device(cookie).orElse(null);
        if (device == null) {
            return notEnrolled(model, locale, response);
        }
        try {
            IdCard card = kiosk.identify(device);
            HttpSession session = request.getSession();
            session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds() + 60);
            KioskVisit.of(session, clock.instant()).identified(card);
            return "redirect:/kiosk/me";
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", texts.problem(e, locale));
            model.addAttribute("ended", false);
            return "kiosk/start";
        }
    }

    @GetMapping("/kiosk/me")
    String me(HttpServletRequest request, Model model) {
        IdCard card = card(request);
        if (card == null) {
            return "redirect:/kiosk";
        }
        model.addAttribute("cases", kiosk.casesOf(card));
        return "kiosk/me";
    }

    @PostMapping("/kiosk/me/cases/{number}/print")
    String printOwn(@PathVariable @Size(max = 40) String number, HttpServletRequest request, Model model, Locale locale,
            HttpServletResponse response) {
        IdCard card = card(request);
        if (card == null) {
            return "redirect:/kiosk";
        }
        kiosk.ownCase(card, number).ifPresentOrElse(c -> texts.printed(() -> kiosk.printStatus(c), model, locale,
                response), () -> {
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    model.addAttribute("problem", texts.text("kiosk.status.notFound", locale));
                });
        model.addAttribute("cases", kiosk.casesOf(card));
        return "kiosk/me";
    }

    @GetMapping("/kiosk/precheck/{item}")
    String preCheckForm(@PathVariable @Size(max = 50) String item, @CookieValue(name = KioskEnrolment.COOKIE, required = false)
            @Nullable String cookie, HttpServletRequest request, Model model, Locale locale,
            HttpServletResponse response) {
        if (enrolment.device(cookie).isEmpty()) {
            return notEnrolled(model, locale, response);
        }
        if (card(request) == null) {
            return "redirect:/kiosk";
        }
        return form(item, UUID.randomUUID().toString(), model, locale, response);
    }

    @PostMapping("/kiosk/precheck/{item}")
    String preCheck(@PathVariable @Size(max = 50) String item, @RequestParam(defaultValue = "") @Size(max = 100) String idempotencyKey,
            @RequestParam(defaultValue = "") String phone,
            @CookieValue(name = KioskEnrolment.COOKIE, required = false) @Nullable String cookie,
            HttpServletRequest request, Model model, Locale locale, HttpServletResponse response) throws IOException {
        Device device = enrolment.device(cookie).orElse(null);
        if (device == null) {
            return notEnrolled(model, locale, response);
        }
        IdCard card = card(request);
        if (card == null) {
            return "redirect:/kiosk";
        }
        String key = idempotencyKey.matches("[0-9a-f-]{36}") ? idempotencyKey : UUID.randomUUID().toString();
        try {
            PreCheckRequest asked = new PreCheckRequest(key, item, phone.strip(), scanned(request, device));
            IntakeCase created = kiosk.preCheck(device, card, asked);
            model.addAttribute("created", created.number().value());
            model.addAttribute("cases", kiosk.casesOf(card));
            return "kiosk/me";
        } catch (DomainException e) {
            model.addAttribute("problem", texts.problem(e, locale));
            model.addAttribute("phone", phone);
            String view = form(item, key, model, locale, response);
            response.setStatus(DomainMessages.status(e).value());
            return view;
        }
    }

    private String form(String item, String key, Model model, Locale locale, HttpServletResponse response) {
        try {
            model.addAttribute("materials", intake.materialsOf(item, false));
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missing", true);
            return "kiosk/item";
        }
        model.addAttribute("itemCode", item);
        model.addAttribute("idempotencyKey", key);
        return "kiosk/precheck";
    }

    /** The files of the kiosk's document scanner, sent as uploads named {@code file_<material key>}. */
    private Map<String, List<String>> scanned(HttpServletRequest request, Device device) throws IOException {
        return MaterialUploads.store(files, request, device.account());
    }

    private static @Nullable IdCard card(HttpServletRequest request) {
        KioskVisit visit = KioskVisit.existing(request.getSession(false));
        return visit == null ? null : visit.card();
    }

    private String notEnrolled(Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("problem", texts.text("kiosk.identify.notEnrolled", locale));
        model.addAttribute("ended", false);
        return "kiosk/start";
    }
}
