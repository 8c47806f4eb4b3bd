package org.onevisit.intake;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.onevisit.platform.CentreInfo;
import org.onevisit.platform.CounterRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Hands out case numbers: region code, day and the day's next sequence, taken in the transaction that stores the
 * case, so a day's numbers run without gaps ({@link CounterRows}).
 */
@Component
class CaseNumbers {

    private final CounterRows counters;
    private final CentreInfo centre;

    CaseNumbers(JdbcClient jdbc, DataSource dataSource, CentreInfo centre, PlatformTransactionManager transactions) {
        this.counters = new CounterRows(jdbc, dataSource, transactions, "intake_case_sequence", "for_day");
        this.centre = centre;
    }

    CaseNumber next(LocalDate day) {
        return CaseNumber.of(centre.regionCode(), day, counters.next(day));
    }
}
