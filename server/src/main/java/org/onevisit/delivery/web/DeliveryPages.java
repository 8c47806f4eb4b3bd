package org.onevisit.delivery.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.DeliveryChoices;
import org.onevisit.delivery.DeliveryStatus;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * The counter's deliveries (送达): results by state, with what a clerk does next — release a withheld result once
 * the pledge is kept, lay a result out for pickup, hand it over, or book its express shipment.
 */
@Controller
@RequestMapping("/staff/deliveries")
class DeliveryPages {

    private final Deliveries deliveries;
    private final MessageSource messages;
    private final Clock clock;
    private final ObjectProvider<DeliveryChoices> choices;

    DeliveryPages(Deliveries deliveries, MessageSource messages, Clock clock, ObjectProvider<DeliveryChoices> choices) {
        this.choices = choices;
        this.deliveries = deliveries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "AWAITING_CHOICE") DeliveryStatus status, Authentication user,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", Arrays.asList(DeliveryStatus.values()));
        List<DeliveryView> shown = deliveries.inStatus(status, 200).stream().map(DeliveryView::of).toList();
        model.addAttribute("deliveries", shown);
        boolean clerk = user.getAuthorities().stream().anyMatch(a -> "ROLE_CLERK".equals(a.getAuthority()));
        model.addAttribute("chosen", clerk ? chosen(shown) : Map.of());
        model.addAttribute("zone", clock.getZone());
        return "delivery/deliveries";
    }

    @PostMapping("/{number}/release")
    @PreAuthorize(DeliveryApi.CLERKS)
    String release(@PathVariable String number, Authentication clerk, RedirectAttributes redirect, Locale locale) {
        return act(number, DeliveryStatus.WITHHELD, redirect, locale,
                () -> deliveries.releaseIfPledgeKept(number, clerk.getName()).status(),
                "delivery.page.done.release");
    }

    @PostMapping("/{number}/pickup")
    @PreAuthorize(DeliveryApi.CLERKS)
    String pickup(@PathVariable String number, Authentication clerk, RedirectAttributes redirect, Locale locale) {
        return act(number, DeliveryStatus.AWAITING_CHOICE, redirect, locale,
                () -> deliveries.readyForPickup(number, clerk.getName()).status(), "delivery.page.done.pickup");
    }

    @PostMapping("/{number}/handover")
    @PreAuthorize(DeliveryApi.CLERKS)
    String handOver(@PathVariable String number, Authentication clerk, RedirectAttributes redirect, Locale locale) {
        return act(number, DeliveryStatus.PICKUP_READY, redirect, locale,
                () -> deliveries.handOver(number, clerk.getName()).status(), "delivery.page.done.handover");
    }

    @PostMapping("/{number}/express")
    @PreAuthorize(DeliveryApi.CLERKS)
    String express(@PathVariable String number, @Valid @ModelAttribute ExpressForm form, BindingResult errors,
            Authentication clerk, RedirectAttributes redirect, Locale locale) {
        if (errors.hasErrors()) {
            List<String> fields = errors.getFieldErrors().stream()
                    .map(e -> messages.getMessage("delivery.page.field." + e.getField(), null, e.getField(), locale))
                    .distinct().toList();
            redirect.addFlashAttribute("problem",
                    messages.getMessage("delivery.page.express.invalid", new Object[] {String.join("、", fields)}, locale));
            return back(DeliveryStatus.AWAITING_CHOICE);
        }
        return act(number, DeliveryStatus.AWAITING_CHOICE, redirect, locale, () -> deliveries.ship(number, form.to(),
                form.carrier(), form.trackingNumber(), clerk.getName()).status(), "delivery.page.done.express");
    }

    /**
     * What the applicants of the deliveries still to be chosen asked for when applying online, by case number: the
     * clerk's express form comes filled with their address (in full, as the waybill needs it; for clerks only, who
     * book shipments), which the clerk may change.
     */
    private Map<String, DeliveryChoices.Choice> chosen(List<DeliveryView> shown) {
        Map<String, DeliveryChoices.Choice> chosen = new HashMap<>();
        DeliveryChoices known = choices.getIfAvailable();
        if (known != null) {
            shown.stream().filter(d -> d.status() == DeliveryStatus.AWAITING_CHOICE)
                    .forEach(d -> known.of(d.caseNumber()).ifPresent(c -> chosen.put(d.caseNumber(), c)));
        }
        return chosen;
    }

    /** Runs a clerk's action and returns to the list of deliveries in the state the delivery was in. */
    private String act(String number, DeliveryStatus from, RedirectAttributes redirect, Locale locale,
            Supplier<DeliveryStatus> action, String done) {
        try {
            DeliveryStatus now = action.get();
            redirect.addFlashAttribute("done", messages.getMessage(done, new Object[] {number,
                    messages.getMessage("delivery.status." + now.name(), null, now.name(), locale)}, locale));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
        }
        return back(from);
    }

    private static String back(DeliveryStatus status) {
        return "redirect:/staff/deliveries?status=" + status.name();
    }
}
