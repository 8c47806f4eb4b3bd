package org.onevisit.certificates;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out certificate numbers a person can read out: issuing department, year and the department's next
 * sequence in that year, e.g. {@code SCJG-2026-000123}. The counter row is updated under its row lock in a short
 * transaction of its own, so nodes sharing the database never hand out the same number. A number lost to a
 * failed issue leaves a gap, never a duplicate.
 */
@Component
class CertificateNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    CertificateNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String department, LocalDate issuedOn) {
        String prefix = prefix(department);
        int year = issuedOn.getYear();
        for (int attempt = 1; ; attempt++) {
            try {
                Long value = ownTransaction.execute(status -> increment(prefix, year));
                return "%s-%d-%06d".formatted(prefix, year, value);
            } catch (DuplicateKeyException firstOfTheYearRaced) {
                if (attempt == 3) {
                    throw firstOfTheYearRaced;
                }
            }
        }
    }

    /** The department code as it appears in numbers: letters and digits, upper case. */
    static String prefix(String department) {
        String code = department.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return code.isEmpty() ? "ZZ" : code.length() > 20 ? code.substring(0, 20) : code;
    }

    private long increment(String department, int year) {
        int updated = jdbc.sql("UPDATE certificate_sequence SET last_value = last_value + 1 WHERE department = ? AND for_year = ?")
                .params(department, year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO certificate_sequence (department, for_year, last_value) VALUES (?, ?, 1)")
                    .params(department, year).update();
            return 1;
        }
        return jdbc.sql("SELECT last_value FROM certificate_sequence WHERE department = ? AND for_year = ?")
                .params(department, year).query(Long.class).single();
    }
}
