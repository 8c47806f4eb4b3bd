package org.onevisit.certificates;

import java.time.LocalDate;
import java.util.Locale;

import javax.sql.DataSource;

import org.onevisit.platform.CounterRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Hands out certificate numbers a person can read out: issuing department, year and the department's next
 * sequence in that year, e.g. {@code SCJG-2026-000123}. The number is taken in the transaction that issues the
 * certificate, so a department's numbers in a year run without gaps ({@link CounterRows}).
 */
@Component
class CertificateNumbers {

    private final CounterRows counters;

    CertificateNumbers(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.counters = new CounterRows(jdbc, dataSource, transactions, "certificate_sequence", "department", "for_year");
    }

    String next(String department, LocalDate issuedOn) {
        String prefix = prefix(department);
        int year = issuedOn.getYear();
        return "%s-%d-%06d".formatted(prefix, year, counters.next(prefix, year));
    }

    /** The department code as it appears in numbers: letters and digits, upper case. */
    static String prefix(String department) {
        String code = department.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return code.isEmpty() ? "ZZ" : code.length() > 20 ? code.substring(0, 20) : code;
    }
}
