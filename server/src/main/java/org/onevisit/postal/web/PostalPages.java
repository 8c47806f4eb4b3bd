package org.onevisit.postal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.postal.MailItem;
import org.onevisit.postal.MailItemState;
import org.onevisit.postal.NewMailItem;
import org.onevisit.postal.PostalDesk;
import org.onevisit.postal.PostalItems;
import org.onevisit.postal.Sender;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The counter's post (邮寄收件): the mail items by state and the registration of one that arrived (an item's page is
 * {@link MailItemPages}). Every problem is said beside its field, the input kept.
 */
@Controller
@RequestMapping("/staff/postal")
@PreAuthorize(PostalDesk.OPENS)
class PostalPages {

    private final PostalItems items;
    private final MessageSource messages;
    private final Clock clock;

    PostalPages(PostalItems items, MessageSource messages, Clock clock) {
        this.items = items;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable MailItemState state, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("states", MailItemState.values());
        model.addAttribute("items", items.list(state).stream().map(MailItemView::of).toList());
        return "postal/items";
    }

    @GetMapping("/new")
    String registerForm(Model model) {
        return registerPage(Map.of("receivedOn", LocalDate.now(clock).toString(), "carrier", "中国邮政EMS"), Map.of(),
                null, model);
    }

    @PostMapping("/new")
    String register(@RequestParam Map<String, String> params, Authentication clerk, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            MailItem item = items.register(new NewMailItem(params.getOrDefault("trackingNumber", ""),
                    params.getOrDefault("carrier", ""), new Sender(params.getOrDefault("senderName", ""),
                    params.getOrDefault("senderPhone", ""), params.getOrDefault("senderAddress", "")),
                    receivedOn(params.getOrDefault("receivedOn", "")), params.getOrDefault("appliedFor", ""),
                    params.getOrDefault("notes", "")), clerk.getName());
            redirect.addFlashAttribute("done", message("postal.page.done.registered", locale, item.trackingNumber()));
            return "redirect:/staff/postal/" + item.id();
        } catch (DomainException e) {
            PostalPageProblems.refusedOutright(e);
            response.setStatus(DomainMessages.status(e).value());
            String problem = DomainMessages.text(messages, e, locale);
            return registerPage(params, PostalPageProblems.fieldError(e, problem), problem, model);
        }
    }

    private String registerPage(Map<String, String> input, Map<String, String> errors, @Nullable String problem,
            Model model) {
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "postal/register";
    }

    private LocalDate receivedOn(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "postal-received-on-invalid",
                    "The day of arrival is not a date", Map.of("field", "receivedOn"));
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
