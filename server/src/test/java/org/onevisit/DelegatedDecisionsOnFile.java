package org.onevisit;

import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.time.OffsetDateTime;

import org.onevisit.casework.Deciding;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.TestIdentities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;

/**
 * Decisions SCJG's demo chief representative took on the spot under delegation, for the spot checks' pages: a case of
 * XK-SCJG-001 received, accepted and decided, its decision then dated back into a month that has ended (the tests'
 * clock stands on 19 October 2026), as if it had been taken then.
 */
public class DelegatedDecisionsOnFile {

    /** The month the decisions are dated in. */
    public static final String MONTH = "2026-09";

    private final Intake intake;
    private final CounterDecisions counter;
    private final Deciding deciding;
    private final JdbcClient jdbc;

    public DelegatedDecisionsOnFile(ApplicationContext context) {
        this.intake = context.getBean(Intake.class);
        this.counter = context.getBean(CounterDecisions.class);
        this.deciding = context.getBean(Deciding.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A decision of SCJG under delegation on the given day of {@link #MONTH}: its case number. */
    public String decidedOn(int day) {
        String number = intake.submit(aCase().of("XK-SCJG-001").withApplicant(aCompany()
                .identifiedBy(TestIdentities.aCreditCode()).named("抽查演示有限公司").withPhone("13700008888")
                .representedBy("钱抽查")).providing("M1", "M2", "M3", "M4", "M5", "M6").build(), "clerk").number().value();
        counter.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        deciding.decideOnTheSpot(number, "XK-SCJG-001", "", "scjg-chief");
        jdbc.sql("UPDATE casework_item_decision SET decided_at = ? WHERE case_number = ?")
                .params(OffsetDateTime.parse("%s-%02dT10:00:00+08:00".formatted(MONTH, day)), number).update();
        return number;
    }
}
