package org.onevisit.supervision.complaints;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.supervision.ComplaintParties;
import org.onevisit.supervision.ComplaintParties.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is done with a complaint: the supervisors accept it (受理) or not (不予受理) and route it to a department, whose
 * chief representative or head answers it; the supervisors then close it with the result. Each step is taken on the
 * version the person saw, so that two supervisors at once cannot both decide; the complainant is told the decision
 * and the result.
 */
@Service
public class ComplaintHandling {

    /** The longest reason or result a complainant is sent (it goes into a text message). */
    public static final int NOTICE_TEXT = 500;

    private final ComplaintStore store;
    private final ComplaintChanges changes;
    private final ComplaintParties parties;
    private final ComplaintDeadlines deadlines;
    private final ComplaintNotices notices;

    ComplaintHandling(ComplaintStore store, ComplaintChanges changes, ComplaintParties parties,
            ComplaintDeadlines deadlines, ComplaintNotices notices) {
        this.store = store;
        this.changes = changes;
        this.parties = parties;
        this.deadlines = deadlines;
        this.notices = notices;
    }

    /** 受理; the complainant is told. */
    @Transactional
    public Complaint accept(String number, long version, String login) {
        Complaint after = supervise(number, version, login, "accept", (c, today) -> c.accept(today, login));
        notices.decided(after);
        return after;
    }

    /** 不予受理, with the reason the complainant is told. */
    @Transactional
    public Complaint refuse(String number, long version, String reason, String login) {
        Complaint after = supervise(number, version, login, "refuse",
                (c, today) -> c.refuse(today, login, noticeText("reason", reason)));
        notices.decided(after);
        return after;
    }

    /** 转办 to a department, which answers within the configured working days. */
    @Transactional
    public Complaint route(String number, long version, String department, String login) {
        if (parties.departmentName(department, Locale.SIMPLIFIED_CHINESE).isEmpty()) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-department-unknown",
                    "No department " + department, Map.of("field", "department"), department);
        }
        return supervise(number, version, login, "route",
                (c, today) -> c.route(department, today, deadlines.answerDue(today)));
    }

    /** The routed department's answer. */
    @Transactional
    public Complaint answer(String number, long version, String text, String login) {
        Complaint c = find(number);
        ComplaintPolicy.checkAnswering(parties.of(login), c);
        seen(c, version);
        if (text.isBlank()) {
            throw blank("text");
        }
        return changes.changed(c, c.answer(text, login, deadlines.today()), "answer", login);
    }

    /** 办结, with the result the complainant is told. */
    @Transactional
    public Complaint close(String number, long version, String result, String login) {
        Complaint after = supervise(number, version, login, "close",
                (c, today) -> c.close(noticeText("result", result), today));
        notices.closed(after);
        return after;
    }

    private Complaint supervise(String number, long version, String login, String action,
            BiFunction<Complaint, LocalDate, Complaint> step) {
        Complaint c = find(number);
        Party who = parties.of(login);
        ComplaintPolicy.checkSupervising(who, c);
        seen(c, version);
        return changes.changed(c, step.apply(c, deadlines.today()), action, login);
    }

    private Complaint find(String number) {
        return store.find(number).orElseThrow(() -> ComplaintPolicy.notFound(number));
    }

    /** Refuses a step taken on a version other than the one stored: someone acted meanwhile. */
    private static void seen(Complaint c, long version) {
        if (c.version() != version) {
            throw ComplaintStore.changedMeanwhile(c.number());
        }
    }

    private static String noticeText(String field, String text) {
        if (text.isBlank()) {
            throw blank(field);
        }
        if (text.strip().length() > NOTICE_TEXT) {
            throw new DomainException(Kind.INVALID, "supervision-complaint-notice-too-long",
                    field + " is longer than " + NOTICE_TEXT, Map.of("field", field), NOTICE_TEXT);
        }
        return text;
    }

    private static DomainException blank(String field) {
        return new DomainException(Kind.INVALID, "supervision-complaint-text-missing", field + " is empty",
                Map.of("field", field));
    }
}
