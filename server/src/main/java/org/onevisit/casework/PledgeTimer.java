package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.onevisit.notification.TextMessage;
import org.onevisit.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock of a 容缺 pledge: its reminder goes out before the deadline, and a pledge not kept by its deadline ends the
 * case ({@link PledgeTerm#brokenOn}). Each case changes in its own transaction against the version read, so on several
 * nodes each step happens once: the node that loses the race finds the case changed and leaves it.
 */
@Component
class PledgeTimer {

    private static final Logger log = LoggerFactory.getLogger(PledgeTimer.class);

    private final CaseFiles files;
    private final CaseFileChanges changes;
    private final CaseEnding ending;
    private final ApplicantTexts texts;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PledgeTimer(CaseFiles files, CaseFileChanges changes, CaseEnding ending, ApplicantTexts texts, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.files = files;
        this.changes = changes;
        this.ending = ending;
        this.texts = texts;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${onevisit.casework.timer-delay:PT1M}")
    void run() {
        remindPledges();
        terminateBrokenPledges();
    }

    int remindPledges() {
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        for (String number : files.remindersDue(CaseStep.REMIND_PLEDGE, today)) {
            changed += step(number, "remindPledge", f -> {
                if (f.pledge() == null || !CaseStep.REMIND_PLEDGE.rule().allows(f.status()) || !f.pledge().reminderDueOn(today)) {
                    return false;
                }
                CaseFile reminded = changes.change(f, f.version(), "system", "SYSTEM", CaseStep.REMIND_PLEDGE,
                        CaseFile::remindPledge);
                texts.text(f, TextMessage.PLEDGE_REMINDER,
                        Map.of("subject", f.facts().subjectName(), "number", f.number(),
                                "supplementBy", reminded.pledge().supplementBy(), "materials", reminded.pledge().materials()));
                return true;
            });
        }
        return changed;
    }

    int terminateBrokenPledges() {
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        for (String number : files.pledgesDueBefore(CaseStep.BREAK_PLEDGE, today)) {
            changed += step(number, "terminate", f -> {
                if (f.pledge() == null || !CaseStep.BREAK_PLEDGE.rule().allows(f.status()) || !f.pledge().brokenOn(today)) {
                    return false;
                }
                ending.onBrokenPledge(f, today);
                texts.text(f, TextMessage.TERMINATED_FOR_BROKEN_PLEDGE,
                        Map.of("subject", f.facts().subjectName(), "number", f.number(),
                                "supplementBy", f.pledge().supplementBy()));
                return true;
            });
        }
        return changed;
    }

    /** One case in its own transaction: 1 when it changed, 0 when there was nothing to do or another node did it. */
    private int step(String number, String action, Function<CaseFile, Boolean> work) {
        try {
            Boolean changed = transactions.execute(status -> work.apply(changes.load(number)));
            return Boolean.TRUE.equals(changed) ? 1 : 0;
        } catch (DomainException lostRace) {
            log.debug("Case {} not changed by {}: {}", number, action, lostRace.code());
            return 0;
        }
    }
}
