package org.onevisit.intake;

import java.time.LocalDate;

import org.onevisit.platform.CentreInfo;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers: region code, day and the day's next sequence. The day's counter row is updated
 * under its row lock in a short transaction of its own, so nodes sharing the database never hand out the
 * same number and never wait for each other's whole submission.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final CentreInfo centre;
    private final TransactionTemplate ownTransaction;

    CaseNumbers(JdbcClient jdbc, CentreInfo centre, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.centre = centre;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    CaseNumber next(LocalDate day) {
        for (int attempt = 1; ; attempt++) {
            try {
                Long value = ownTransaction.execute(status -> increment(day));
                return CaseNumber.of(centre.regionCode(), day, value);
            } catch (DuplicateKeyException firstOfTheDayRaced) {
                if (attempt == 3) {
                    throw firstOfTheDayRaced;
                }
            }
        }
    }

    private long increment(LocalDate day) {
        int updated = jdbc.sql("UPDATE intake_case_sequence SET last_value = last_value + 1 WHERE for_day = ?").param(day).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO intake_case_sequence (for_day, last_value) VALUES (?, 1)").param(day).update();
            return 1;
        }
        return jdbc.sql("SELECT last_value FROM intake_case_sequence WHERE for_day = ?").param(day).query(Long.class).single();
    }
}
