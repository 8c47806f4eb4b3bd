package org.onevisit.hall.web;

import java.security.Principal;
import java.util.Locale;

import org.onevisit.hall.Appointments;
import org.onevisit.hall.Calling;
import org.onevisit.hall.CounterTypes;
import org.onevisit.hall.HallBoard;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Size;

/**
 * The clerk's calling panel (叫号) beside the workbench: the counter's current ticket, call next, recall, skip,
 * transfer and finish, and the receive form filled in from the ticket; an appointment checked in at the door by its
 * reference.
 */
@Controller
@RequestMapping("/staff/hall")
@PreAuthorize(HallRoles.CALLS)
class HallPages {

    private final Calling calling;
    private final Appointments appointments;
    private final CounterTypes types;
    private final HallBoard board;
    private final MessageSource messages;

    HallPages(Calling calling, Appointments appointments, CounterTypes types, HallBoard board, MessageSource messages) {
        this.calling = calling;
        this.appointments = appointments;
        this.types = types;
        this.board = board;
        this.messages = messages;
    }

    @GetMapping
    String panel(Principal user, Model model, Locale locale) {
        model.addAttribute("types", types.all());
        try {
            Calling.Desk desk = calling.desk(user.getName());
            model.addAttribute("desk", desk);
            model.addAttribute("nextUp", board.nextNumbers(desk.type(), 5));
        } catch (DomainException e) {
            model.addAttribute("desk", null);
            model.addAttribute("seatProblem", DomainMessages.text(messages, e, locale));
        }
        return "hall/panel";
    }

    @PostMapping("/next")
    String next(Principal user, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> calling.next(user.getName())
                .map(t -> message("hall.panel.done.called", locale, t.number()))
                .orElseGet(() -> message("hall.panel.done.empty", locale)));
    }

    @PostMapping("/recall")
    String recall(Principal user, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> message("hall.panel.done.recalled", locale,
                calling.recall(user.getName()).number()));
    }

    @PostMapping("/skip")
    String skip(Principal user, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> message("hall.panel.done.skipped", locale, calling.skip(user.getName()).number()));
    }

    @PostMapping("/finish")
    String finish(Principal user, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> message("hall.panel.done.finished", locale,
                calling.finish(user.getName()).number()));
    }

    /** Does the clerk's step and says what it did, or the problem, on the panel. */
    private String act(RedirectAttributes redirect, Locale locale, java.util.function.Supplier<String> step) {
        try {
            redirect.addFlashAttribute("done", step.get());
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
        }
        return "redirect:/staff/hall";
    }

    @PostMapping("/transfer")
    String transfer(@RequestParam(defaultValue = "") @Size(max = 8) String type, Principal user, RedirectAttributes redirect,
            Locale locale) {
        return act(redirect, locale, () -> {
            var t = calling.transfer(user.getName(), type);
            return message("hall.panel.done.transferred", locale, t.number(), t.type());
        });
    }

    @PostMapping("/check-in")
    String checkIn(@RequestParam(defaultValue = "") @Size(max = 40) String reference, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> {
            var t = appointments.checkInAtDoor(reference);
            return message("hall.panel.done.checkedIn", locale, t.number(), t.peopleAhead());
        });
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
