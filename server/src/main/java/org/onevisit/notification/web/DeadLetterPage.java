package org.onevisit.notification.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.onevisit.notification.DeadLetters;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of dead letters (/admin/messages, the same use cases as {@link DeadLetterApi}): each
 * message whose delivery was given up, the recipient masked, with its kind, case, error and attempts, and buttons to
 * send it again or discard it.
 */
@Controller
class DeadLetterPage {

    static final int LIMIT = 200;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A row of the list. */
    record Row(long id, String channel, String recipient, String kind, String subjectId, int attempts, String error,
            String endedAt) {
    }

    private final DeadLetters deliveries;
    private final MessageSource messages;
    private final Clock clock;

    DeadLetterPage(DeadLetters deliveries, MessageSource messages, Clock clock) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/messages")
    String page(Model model) {
        model.addAttribute("letters", deliveries.deadLetters(LIMIT).stream()
                .map(d -> new Row(d.delivery().id(), d.delivery().channel().name(), d.delivery().maskedAddress(),
                        d.kind(), d.subjectId(), d.delivery().attempts(),
                        d.delivery().lastError() == null ? "" : d.delivery().lastError(),
                        d.endedAt() == null ? "" : MINUTES.format(d.endedAt().atZone(clock.getZone()))))
                .toList());
        model.addAttribute("limit", LIMIT);
        return "notification/admin-messages";
    }

    @PostMapping("/admin/messages/{id}/retry")
    String retry(@PathVariable long id, Authentication admin, Model model, Locale locale, RedirectAttributes redirect) {
        return act(() -> deliveries.retry(id, admin.getName(), "WEB"), "notification.page.admin.retried", model, locale,
                redirect);
    }

    @PostMapping("/admin/messages/{id}/discard")
    String discard(@PathVariable long id, Authentication admin, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(() -> deliveries.discard(id, admin.getName(), "WEB"), "notification.page.admin.discarded", model,
                locale, redirect);
    }

    /** Does it and goes back to the list saying so, or shows the list with the refusal. */
    private String act(Runnable action, String done, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("done", messages.getMessage(done, null, locale));
            return "redirect:/admin/messages";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            return page(model);
        }
    }
}
