package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clocks of intake: a received case nobody answered within five working days is accepted by law and
 * flagged; a pledge's reminder goes out before its deadline; a pledge not kept by its deadline ends the
 * case. Each case changes in its own transaction against the version read, so on several nodes each step
 * happens once: the node that loses the race finds the case changed and leaves it.
 */
@Component
class IntakeTimers {

    private static final Logger log = LoggerFactory.getLogger(IntakeTimers.class);

    private final Cases cases;
    private final CaseChanges changes;
    private final WorkCalendars calendars;
    private final IntakeRules rules;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    IntakeTimers(Cases cases, CaseChanges changes, WorkCalendars calendars, IntakeRules rules, Notifications notifications,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.changes = changes;
        this.calendars = calendars;
        this.rules = rules;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${onevisit.intake.timer-delay:PT1M}")
    void run() {
        deemUnansweredAccepted();
        remindPledges();
        terminateBrokenPledges();
    }

    /** 《行政许可法》第三十二条: not answered within five working days of receipt means accepted from receipt. */
    int deemUnansweredAccepted() {
        LocalDate today = LocalDate.now(clock);
        WorkCalendar calendar = calendars.current();
        int changed = 0;
        for (String number : cases.receivedBy(CaseStatus.RECEIVED, today.minusDays(rules.answerWorkingDays()))) {
            changed += step(number, "deemAccepted",
                    c -> today.isAfter(calendar.deadline(c.receivedOn(), rules.answerWorkingDays()).date())
                            ? c.deemAccepted(CounterDecisions.deadlines(calendar, c, c.receivedOn())) : null,
                    c -> events.publishEvent(new CaseAccepted(c.number().value(), c.subject(), c.bundle(),
                            c.items().stream().map(i -> i.code() + "@" + i.version()).toList(), c.acceptedOn(),
                            c.instant(), false)));
        }
        return changed;
    }

    int remindPledges() {
        int changed = 0;
        for (String number : cases.remindersDue(LocalDate.now(clock))) {
            changed += step(number, "remindPledge", IntakeCase::reminded,
                    c -> notifications.text(c.applicant().phone(), c.number().value(), TextMessage.PLEDGE_REMINDER,
                            Map.of("subject", c.subjectName(), "number", c.number(),
                                    "supplementBy", c.pledge().supplementBy(), "materials", c.pledge().materials())));
        }
        return changed;
    }

    int terminateBrokenPledges() {
        int changed = 0;
        for (String number : cases.pledgesDueBefore(LocalDate.now(clock))) {
            changed += step(number, "terminate", c -> c.terminate("容缺承诺逾期未补交，终止办理"), c -> {
                notifications.text(c.applicant().phone(), c.number().value(), TextMessage.TERMINATED_FOR_BROKEN_PLEDGE,
                        Map.of("subject", c.subjectName(), "number", c.number(), "supplementBy", c.pledge().supplementBy()));
                events.publishEvent(new CaseTerminated(c.number().value(), c.closingNote(), LocalDate.now(clock)));
            });
        }
        return changed;
    }

    /**
     * One case in its own transaction: {@code transition} gives its next state or null when there is nothing to
     * do; {@code then} runs on the changed case in the same transaction. 1 when it changed, 0 when there was
     * nothing to do or another node did it first.
     */
    private int step(String number, String action, UnaryOperator<IntakeCase> transition, Consumer<IntakeCase> then) {
        try {
            Boolean changed = transactions.execute(status -> {
                IntakeCase current = changes.load(number);
                if (transition.apply(current) == null) {
                    return false;
                }
                then.accept(changes.change(number, current.version(), "system", "SYSTEM", action, transition));
                return true;
            });
            return Boolean.TRUE.equals(changed) ? 1 : 0;
        } catch (DomainException lostRace) {
            log.debug("Case {} not changed by {}: {}", number, action, lostRace.code());
            return 0;
        }
    }
}
