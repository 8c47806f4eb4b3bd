package org.onevisit.hall.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import org.onevisit.hall.Appointments;
import org.onevisit.hall.CounterTypes;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Size;

/** The applicant's appointments on the portal: a type's free slots of a day, booked, cancelled, checked in. */
@Controller
@RequestMapping("/portal/appointments")
@PreAuthorize(HallRoles.APPLICANT)
class PortalAppointmentPages {

    private final Appointments appointments;
    private final CounterTypes types;
    private final MessageSource messages;
    private final Clock clock;

    PortalAppointmentPages(Appointments appointments, CounterTypes types, MessageSource messages, Clock clock) {
        this.appointments = appointments;
        this.types = types;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "") @Size(max = 8) String type, @RequestParam(defaultValue = "") @Size(max = 10) String date,
            Principal user, Model model, Locale locale) {
        model.addAttribute("types", types.all());
        model.addAttribute("mine", appointments.mine(user.getName()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("lastDay", appointments.lastBookableDay());
        model.addAttribute("type", type);
        model.addAttribute("date", date);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        if (!type.isBlank() && !date.isBlank()) {
            try {
                LocalDate day = LocalDate.parse(date);
                model.addAttribute("slots", appointments.slots(type, day));
                model.addAttribute("open", appointments.open(day));
            } catch (java.time.format.DateTimeParseException e) {
                model.addAttribute("problem", message("hall.portal.dateInvalid", locale));
            } catch (DomainException e) {
                model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            }
        }
        return "hall/portal-appointments";
    }

    @PostMapping
    String book(@RequestParam(defaultValue = "") @Size(max = 8) String type, @RequestParam(defaultValue = "") @Size(max = 10) String date,
            @RequestParam(defaultValue = "") @Size(max = 5) String start, @RequestParam(defaultValue = "") @Size(max = 50) String subject,
            @RequestParam(defaultValue = "") @Size(max = 100) String idempotencyKey, Principal user, RedirectAttributes redirect,
            Locale locale) {
        try {
            var booked = appointments.book(user.getName(), type, LocalDate.parse(date), LocalTime.parse(start), subject,
                    idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey);
            redirect.addFlashAttribute("done", message("hall.portal.booked", locale, booked.appointment().reference()));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("problem", message("hall.portal.dateInvalid", locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
        }
        return "redirect:/portal/appointments";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable @Size(max = 40) String id, Principal user, RedirectAttributes redirect, Locale locale) {
        try {
            appointments.cancel(id, user.getName());
            redirect.addFlashAttribute("done", message("hall.portal.cancelled", locale));
        } catch (DomainException e) {
            refused(e, redirect, locale);
        }
        return "redirect:/portal/appointments";
    }

    @PostMapping("/{id}/check-in")
    String checkIn(@PathVariable @Size(max = 40) String id, Principal user, RedirectAttributes redirect, Locale locale) {
        try {
            var t = appointments.checkIn(id, user.getName());
            redirect.addFlashAttribute("done", message("hall.portal.checkedIn", locale, t.number(), t.peopleAhead(),
                    t.estimatedMinutes()));
        } catch (DomainException e) {
            refused(e, redirect, locale);
        }
        return "redirect:/portal/appointments";
    }

    /** Someone else's appointment is not found, as if it did not exist (the error page); any other problem is said. */
    private void refused(DomainException e, RedirectAttributes redirect, Locale locale) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
