package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter's answers under 《行政许可法》第三十二条: accept, tell everything missing at once, accept on a
 * pledge, or refuse — and the clerk's remarks on an online pre-check. Each is the counter's work
 * ({@link CounterPolicy}): anyone else is refused before the case is touched.
 */
@Service
@Transactional
public class CounterDecisions {

    /** Who acts, where, and the version of the case they saw. */
    public record Act(String actor, Channel channel, @Nullable Long expectedVersion) {
    }

    private final CaseChanges changes;
    private final Acceptances acceptances;
    private final BadCreditList badCredit;
    private final Notifications notifications;
    private final IntakeAccess access;
    private final Clock clock;

    CounterDecisions(CaseChanges changes, Acceptances acceptances, BadCreditList badCredit, Notifications notifications,
            IntakeAccess access, Clock clock) {
        this.changes = changes;
        this.acceptances = acceptances;
        this.badCredit = badCredit;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the person works at the comprehensive counter: opens its pages and may take its work. */
    @ReadOnly
    public boolean worksAtCounter(String username) {
        return access.counter().worksAtCounter(access.of(username));
    }

    /** The applicant hands in a case pre-checked online: it is received now. */
    public IntakeCase receive(String number, Act act) {
        return change(number, act, "receive", c -> c.receive(today(), visit(act, c, "递交预审通过的材料")));
    }

    public IntakeCase preCheck(String number, Map<String, String> remarks, String note, Act act) {
        IntakeCase c = change(number, act, "preCheck", x -> x.preCheck(remarks, note, today()));
        tell(c, TextMessage.PRE_CHECKED,
                Map.of("subject", c.application().subjectName(), "number", c.number()));
        return c;
    }

    public IntakeCase accept(String number, Act act) {
        IntakeCase c = change(number, act, "accept",
                x -> x.accept(today(), acceptances.deadlines(x, today()), visit(act, x, "受理")));
        acceptances.handOver(c);
        tell(c, TextMessage.ACCEPTED,
                Map.of("subject", c.application().subjectName(), "number", c.number(), "promised",
                        c.answer().deadlines().promised()));
        return c;
    }

    public IntakeCase notifyDeficiencies(String number, List<Deficiency> lines, Act act) {
        IntakeCase c = change(number, act, "notify", x -> x.notifyDeficiencies(named(x, lines), today(),
                visit(act, x, "一次性告知")));
        tell(c, TextMessage.DEFICIENCIES_NOTIFIED,
                Map.of("subject", c.application().subjectName(), "number", c.number(), "count", lines.size()));
        return c;
    }

    /** 容缺受理 on the applicant's signed pledge; not for applicants on the bad-credit list. */
    public IntakeCase acceptOnPledge(String number, String pledgeText, Act act) {
        IntakeCase c = change(number, act, "pledge", x -> {
            if (badCredit.contains(x.parties().applicant().identifier())) {
                throw IntakeRefused.rule("intake-pledge-bad-credit",
                        "The applicant is on the bad-credit list and cannot be accepted on a pledge");
            }
            LocalDate today = today();
            return x.acceptOnPledge(acceptances.pledge(x, pledgeText, today), today, acceptances.deadlines(x, today),
                    visit(act, x, "容缺受理"));
        });
        acceptances.handOver(c);
        tell(c, TextMessage.ACCEPTED_ON_PLEDGE,
                Map.of("subject", c.application().subjectName(), "number", c.number(), "supplementBy",
                        c.answer().pledge().supplementBy(), "materials", c.answer().pledge().materials()));
        return c;
    }

    public IntakeCase refuse(String number, Refusal refusal, Act act) {
        IntakeCase c = change(number, act, "refuse", x -> x.refuse(refusal, visit(act, x, "不予受理")));
        tell(c, TextMessage.REFUSED,
                Map.of("subject", c.application().subjectName(), "number", c.number()));
        return c;
    }

    /** Queues the text message about the case to each of its applicants. */
    private void tell(IntakeCase c, TextMessage message, Map<String, ?> values) {
        c.parties().phones().forEach(phone -> notifications.text(phone, c.number().value(), message, values));
    }

    private IntakeCase change(String number, Act act, String action, java.util.function.UnaryOperator<IntakeCase> t) {
        Actor who = access.of(act.actor());
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), action,
                c -> access.counter().check(who, c.application().departments()), t);
    }

    /** The deficiency lines with the materials' names from the case, unknown keys refused. */
    private static List<Deficiency> named(IntakeCase c, List<Deficiency> lines) {
        return lines.stream().map(d -> c.materials().stream().filter(m -> m.key().equals(d.materialKey())).findFirst()
                .map(m -> new Deficiency(m.key(), m.name(), d.problem()))
                .orElseThrow(() -> new IntakeRefused(org.onevisit.platform.DomainException.Kind.NOT_FOUND,
                        "intake-material-unknown", "No material " + d.materialKey(), c.number().value(), d.materialKey())))
                .toList();
    }

    private @Nullable Visit visit(Act act, IntakeCase c, String purpose) {
        return Visit.of(act.channel(), act.actor(), access.counterOf(act.actor(), act.channel()), c, purpose, clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
