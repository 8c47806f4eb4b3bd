package org.onevisit.casework.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.onevisit.casework.TaskStatus;
import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's history on its review page, from the audit trail: each change with who made it and what it concerned, by
 * name (the page's {@code names}), the statuses before and after in the reader's language, and what moved (a
 * deadline, a decision under delegation).
 */
@Component
class CaseTimeline {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;

    CaseTimeline(AuditTrail trail, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
    }

    /** How the page names the people and the subjects of the history (an item, or an item's review by a department). */
    interface Names {
        String actor(String actor);

        String subject(String subject);
    }

    List<ReviewEvent> of(String caseNumber, Locale locale, Names names) {
        return trail.history("case", caseNumber).stream().map(r -> event(r, locale, names)).toList();
    }

    private ReviewEvent event(AuditRecord r, Locale locale, Names names) {
        String before = r.before().getOrDefault("status", "");
        String after = r.after().getOrDefault("status", "");
        String what = r.after().containsKey("task") ? r.after().get("task")
                : r.after().containsKey("item") ? r.after().get("item") : "";
        String detail = r.after().containsKey("deadline") && !r.after().get("deadline").equals(r.before().get("deadline"))
                ? message("casework.page.timeline.deadline", locale, r.before().get("deadline"), r.after().get("deadline"))
                : "true".equals(r.after().get("delegated")) ? message("casework.page.delegated", locale) : "";
        return new ReviewEvent(SECONDS.format(r.at().atZone(clock.getZone())), names.actor(r.actor()),
                messages.getMessage("casework.page.action." + r.action(), null, r.action(), locale),
                what.isEmpty() ? "" : names.subject(what),
                before.isEmpty() ? "" : statusLabel(before, locale), after.isEmpty() ? "" : statusLabel(after, locale),
                detail);
    }

    private String statusLabel(String status, Locale locale) {
        boolean task = Arrays.stream(TaskStatus.values()).anyMatch(s -> s.name().equals(status));
        String key = (task ? "casework.page.status." : "intake.page.status.") + status;
        return messages.getMessage(key, null, status, locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
