package org.onevisit.kiosk.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.onevisit.hall.Appointment;
import org.onevisit.kiosk.IdCard;
import org.onevisit.kiosk.KioskEnrolment;
import org.onevisit.kiosk.KioskSettings;
import org.onevisit.kiosk.KioskSettings.Device;
import org.onevisit.kiosk.KioskTickets;
import org.onevisit.kiosk.KioskTickets.Handed;
import org.onevisit.kiosk.TicketPresses;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * 取号 at the kiosk: the hall's counter types as big buttons with their queues; a press takes a walk-in ticket on the
 * kiosk channel (no identity needed) and prints its slip; once the ID card was read, the holder's appointments of
 * today are offered for check-in (预约签到). Only an enrolled kiosk takes tickets, so that the queue cannot be flooded
 * from the internet: any other browser sees the queues and gets 403 for a press. Each screen's buttons carry a
 * one-time token: a second press of the same screen (a double tap) answers the ticket the first took.
 */
@Controller
class KioskTicketPages {

    private final KioskTickets tickets;
    private final TicketPresses presses;
    private final KioskEnrolment enrolment;
    private final KioskTexts texts;
    private final KioskSettings settings;
    private final Clock clock;

    KioskTicketPages(KioskTickets tickets, TicketPresses presses, KioskEnrolment enrolment, KioskTexts texts,
            KioskSettings settings, Clock clock) {
        this.tickets = tickets;
        this.presses = presses;
        this.enrolment = enrolment;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/kiosk/ticket")
    String choose(@CookieValue(name = KioskEnrolment.COOKIE, required = false) @Nullable String cookie,
            HttpServletRequest request, Model model, Locale locale) {
        return screen(enrolment.device(cookie).isPresent(), request, model, locale);
    }

    /** A press of a counter type's button: a walk-in ticket, its slip printed. */
    @PostMapping("/kiosk/ticket")
    String take(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String token,
            @CookieValue(name = KioskEnrolment.COOKIE, required = false) @Nullable String cookie,
            HttpServletRequest request, Model model, Locale locale, HttpServletResponse response) {
        Device device = enrolment.device(cookie).orElse(null);
        if (device == null) {
            return notEnrolled(model, locale, response);
        }
        return once(request, token, () -> tickets.walkIn(device, type, locale), model, locale, response);
    }

    /** 预约签到: the card holder's appointment of today checked in, its ticket's slip printed. */
    @PostMapping("/kiosk/ticket/check-in")
    String checkIn(@RequestParam(defaultValue = "") String appointment, @RequestParam(defaultValue = "") String token,
            @CookieValue(name = KioskEnrolment.COOKIE, required = false) @Nullable String cookie,
            HttpServletRequest request, Model model, Locale locale, HttpServletResponse response) {
        Device device = enrolment.device(cookie).orElse(null);
        if (device == null) {
            return notEnrolled(model, locale, response);
        }
        KioskVisit visit = KioskVisit.existing(request.getSession(false));
        IdCard card = visit == null ? null : visit.card();
        if (card == null) {
            return "redirect:/kiosk/ticket";
        }
        return once(request, token, () -> tickets.checkIn(device, card, appointment, locale), model, locale, response);
    }

    /**
     * Takes a ticket for the token's first press only, on whichever node ({@link TicketPresses}); a later press of the
     * same token shows that ticket.
     */
    private String once(HttpServletRequest request, String token, Supplier<Handed> take, Model model, Locale locale,
            HttpServletResponse response) {
        KioskVisit visit = KioskVisit.existing(request.getSession(false));
        if (visit == null || !visit.knows(token)) {
            // a screen of an ended visit, or no screen of this kiosk: show the types again, nothing taken
            return "redirect:/kiosk/ticket";
        }
        Handed handed;
        try {
            handed = presses.once(token, take, locale);
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", texts.problem(e, locale));
            return screen(true, request, model, locale);
        }
        model.addAttribute("taken", handed);
        if (handed.printProblem() == null) {
            model.addAttribute("printed", texts.text("kiosk.ticket.printed", locale));
        } else {
            model.addAttribute("problem", texts.problem(handed.printProblem(), locale) + " "
                    + texts.text("kiosk.ticket.stillValid", locale));
        }
        return "kiosk/ticket-taken";
    }

    private String screen(boolean enrolled, HttpServletRequest request, Model model, Locale locale) {
        model.addAttribute("queues", tickets.queues(locale));
        model.addAttribute("canTake", enrolled);
        List<Appointment> due = List.of();
        if (enrolled) {
            HttpSession session = request.getSession();
            session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds() + 60);
            KioskVisit visit = KioskVisit.of(session, clock.instant());
            model.addAttribute("token", visit.ticketToken());
            if (visit.card() != null) {
                due = tickets.dueToday(visit.card());
            }
        }
        model.addAttribute("due", due);
        return "kiosk/ticket";
    }

    private String notEnrolled(Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("problem", texts.text("kiosk.ticket.notEnrolled", locale));
        model.addAttribute("ended", false);
        return "kiosk/start";
    }
}
