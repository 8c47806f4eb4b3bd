package org.onevisit.intake.web;

import java.security.Principal;
import java.time.Clock;

import org.onevisit.intake.BadCreditList;
import org.onevisit.people.CreditCode;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' page of the bad-credit list (失信名单); the URL already needs the administrator role. */
@Controller
class BadCreditPage {

    private final BadCreditList list;
    private final MessageSource messages;
    private final Clock clock;

    BadCreditPage(BadCreditList list, MessageSource messages, Clock clock) {
        this.list = list;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/bad-credit")
    String page(Model model) {
        model.addAttribute("entries", list.entries());
        return "intake/bad-credit";
    }

    @PostMapping("/admin/bad-credit")
    String add(@RequestParam String identifier, @RequestParam String reason, Principal user, Model model) {
        try {
            String checked = ResidentIdNumber.problem(identifier, clock).isEmpty()
                    ? ResidentIdNumber.parse(identifier, clock).value() : CreditCode.parse(identifier).value();
            if (reason.isBlank()) {
                throw new DomainException(DomainException.Kind.INVALID, "intake-bad-credit-reason", "A reason is needed");
            }
            list.add(checked, reason.strip(), user.getName());
            return "redirect:/admin/bad-credit";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, LocaleContextHolder.getLocale()));
            model.addAttribute("identifier", identifier);
            model.addAttribute("reason", reason);
            return page(model);
        }
    }
}
