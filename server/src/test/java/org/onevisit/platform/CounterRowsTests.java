package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counter rows on the database: numbers run without gaps because a number taken by a transaction that rolls back
 * is handed out again, and callers racing for a key's first row each get their own number. The day counter of
 * the case numbers is used, on days no case is numbered on.
 */
@SpringBootTest
class CounterRowsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    /** A fresh counter for the day, which no other test numbers cases on. */
    private CounterRows counters(LocalDate day) {
        jdbc.sql("DELETE FROM intake_case_sequence WHERE for_day = ?").param(day).update();
        return new CounterRows(jdbc, dataSource, transactionManager, "intake_case_sequence", "for_day");
    }

    private long take(CounterRows counters, LocalDate day) {
        Long n = transactions.execute(tx -> counters.next(day));
        return n;
    }

    @Test
    void a_number_taken_by_a_transaction_that_rolls_back_is_handed_out_again() {
        LocalDate day = LocalDate.of(1901, 1, 1);
        CounterRows counters = counters(day);
        assertThat(take(counters, day)).isEqualTo(1L);
        Long rolledBack = transactions.execute(tx -> {
            long n = counters.next(day);
            tx.setRollbackOnly();
            return n;
        });
        assertThat(rolledBack).isEqualTo(2L);

        assertThat(take(counters, day)).isEqualTo(2L);
        assertThat(take(counters, day)).isEqualTo(3L);
    }

    @Test
    void callers_racing_for_the_first_number_of_a_key_get_one_number_each() throws Exception {
        LocalDate day = LocalDate.of(1901, 1, 2);
        CounterRows counters = counters(day);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> take(counters, day));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            pool.shutdown();
        }
    }
}
