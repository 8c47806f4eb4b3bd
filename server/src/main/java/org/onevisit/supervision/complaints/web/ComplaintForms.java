package org.onevisit.supervision.complaints.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.onevisit.supervision.complaints.ComplaintCategory;
import org.onevisit.supervision.complaints.ComplaintChannel;
import org.onevisit.supervision.complaints.Complaints;
import org.onevisit.supervision.complaints.Filing;
import org.onevisit.supervision.complaints.NewComplaint;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The complaint form of the portal and of the counter: what it shows, and the complaint it hands in, with the page's
 * idempotency key so that a form sent twice is one complaint. A problem is shown in the form, what was typed kept.
 */
@Component
class ComplaintForms {

    private final Complaints complaints;
    private final MessageSource messages;

    ComplaintForms(Complaints complaints, MessageSource messages) {
        this.complaints = complaints;
        this.messages = messages;
    }

    /** The form, empty but for the case it may be about. */
    String show(Model model, boolean counter, @Nullable String caseNumber) {
        return show(model, counter, Map.of("caseNumber", caseNumber == null ? "" : caseNumber, "idempotencyKey",
                UUID.randomUUID().toString()));
    }

    private String show(Model model, boolean counter, Map<String, String> form) {
        model.addAttribute("counter", counter);
        model.addAttribute("form", form);
        model.addAttribute("categories", ComplaintCategory.values());
        return "supervision/complaints/form";
    }

    /** Hands the form in; the complaint's number, or null with the form shown again with the problem. */
    @Nullable String submit(Map<String, String> form, boolean counter, String login, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            String text = form.getOrDefault("text", "");
            if (text.isBlank() || text.length() > Filing.TEXT) {
                throw new DomainException(Kind.INVALID, "supervision-complaint-text-missing", "The text is empty",
                        Map.of("field", "text"));
            }
            ComplaintCategory category;
            try {
                category = ComplaintCategory.valueOf(form.getOrDefault("category", ""));
            } catch (IllegalArgumentException e) {
                throw new DomainException(Kind.INVALID, "supervision-complaint-category-missing", "No category",
                        Map.of("field", "category"));
            }
            var complainant = counter ? ComplaintApi.complainant(new ComplaintApi.ComplainantRequest(
                    "on".equals(form.get("anonymous")), blankToNull(form.get("name")), blankToNull(form.get("phone"))))
                    : null;
            if (counter && complainant != null && complainant.phone() != null
                    && !complainant.phone().matches("[0-9+\\- ]{5,20}")) {
                throw new DomainException(Kind.INVALID, "supervision-complaint-phone-invalid", "Not a phone number",
                        Map.of("field", "phone"));
            }
            String key = form.getOrDefault("idempotencyKey", "");
            return complaints.file(new NewComplaint(counter ? ComplaintChannel.COUNTER : ComplaintChannel.PORTAL,
                    category, text, blankToNull(form.get("caseNumber")), null, complainant,
                    key.isBlank() || key.length() > 100 ? UUID.randomUUID().toString() : key), login)
                    .complaint().number();
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            show(model, counter, form);
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
