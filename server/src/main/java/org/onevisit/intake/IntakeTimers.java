package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock of intake: a received case nobody answered within five working days is accepted by law and flagged
 * (《行政许可法》第三十二条), and handed over to casework like any accepted case. Each case changes in its own
 * transaction against the version read, so on several nodes it happens once: the node that loses the race finds the
 * case changed and leaves it.
 */
@Component
class IntakeTimers {

    private static final Logger log = LoggerFactory.getLogger(IntakeTimers.class);

    private final Cases cases;
    private final CaseChanges changes;
    private final WorkCalendars calendars;
    private final IntakeRules rules;
    private final Acceptances acceptances;
    private final Clock clock;
    private final TransactionTemplate transactions;

    IntakeTimers(Cases cases, CaseChanges changes, WorkCalendars calendars, IntakeRules rules, Acceptances acceptances,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.cases = cases;
        this.changes = changes;
        this.calendars = calendars;
        this.rules = rules;
        this.acceptances = acceptances;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${onevisit.intake.timer-delay:PT1M}")
    void run() {
        deemUnansweredAccepted();
    }

    /** 《行政许可法》第三十二条: not answered within five working days of receipt means accepted from receipt. */
    int deemUnansweredAccepted() {
        LocalDate today = LocalDate.now(clock);
        WorkCalendar calendar = calendars.current();
        int changed = 0;
        for (String number : cases.receivedBy(IntakeCase.Step.DEEM_ACCEPTED, today.minusDays(rules.answerWorkingDays()))) {
            changed += deem(number, today, calendar);
        }
        return changed;
    }

    /** 1 when the case was deemed accepted, 0 when it is not due yet or another node did it first. */
    private int deem(String number, LocalDate today, WorkCalendar calendar) {
        try {
            Boolean changed = transactions.execute(status -> {
                IntakeCase current = changes.load(number);
                if (!today.isAfter(calendar.deadline(current.dates().receivedOn(), rules.answerWorkingDays()).date())) {
                    return false;
                }
                IntakeCase accepted = changes.change(number, current.version(), "system", "SYSTEM", "deemAccepted",
                        c -> c.deemAccepted(acceptances.deadlines(c, c.dates().receivedOn())));
                acceptances.handOver(accepted);
                return true;
            });
            return Boolean.TRUE.equals(changed) ? 1 : 0;
        } catch (DomainException lostRace) {
            log.debug("Case {} not deemed accepted: {}", number, lostRace.code());
            return 0;
        }
    }
}
