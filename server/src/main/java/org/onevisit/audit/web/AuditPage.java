package org.onevisit.audit.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditNames;
import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page for supervisors and administrators: the newest entries page by page, the history of
 * one record by its identifier, a button that verifies the whole chain against the signed checkpoints, and the
 * newest checkpoint with a link to download them all.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class AuditPage {

    static final int PAGE_SIZE = 50;
    /** What the trail records changes of, for the search form. */
    static final List<String> SUBJECTS = List.of("case", "certificate", "staff", "department", "counter", "login", "login-address",
            "applicant", "alert", "rating", "complaint", "spot-check", "supervision-group", "error-correction",
            "mail-item", "message-delivery", "message-preferences");

    /** The newest signed checkpoint as the page shows it. */
    record CheckpointRow(long seq, String at, String keyId) {
    }

    private final AuditTrail trail;
    private final Clock clock;
    private final MessageSource messages;
    private final List<AuditNames> names;

    AuditPage(AuditTrail trail, Clock clock, MessageSource messages, ObjectProvider<AuditNames> names) {
        this.trail = trail;
        this.clock = clock;
        this.messages = messages;
        this.names = names.orderedStream().toList();
    }

    @GetMapping("/supervision/audit")
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "case") String subject,
            @RequestParam(required = false) @Nullable String subjectId, @RequestParam(defaultValue = "false") boolean verify,
            Model model, Locale locale) {
        AuditWords words = new AuditWords(messages, names, locale);
        int current = Math.max(page, 0);
        String search = subjectId == null ? "" : subjectId.strip();
        List<AuditRecord> records;
        if (search.isEmpty()) {
            records = trail.recent(current, PAGE_SIZE);
            model.addAttribute("page", current);
            model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < trail.size());
        } else {
            records = new ArrayList<>(trail.history(subject.strip(), search));
            Collections.reverse(records);
        }
        model.addAttribute("records", records.stream().map(r -> AuditRow.of(r, clock.getZone(), words)).toList());
        model.addAttribute("subject", subject.strip());
        model.addAttribute("subjects", SUBJECTS);
        model.addAttribute("subjectId", search);
        if (verify) {
            model.addAttribute("verification", trail.verify());
        }
        trail.lastCheckpoint().ifPresent(c -> model.addAttribute("lastCheckpoint",
                new CheckpointRow(c.seq(), AuditRow.TIME.format(c.at().atZone(clock.getZone())), c.keyId())));
        return "audit/audit";
    }
}
