package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A read opens no transaction of its own, and joins the caller's. */
@SpringBootTest
class ReadOnlyTests {

    static class Reader {

        @ReadOnly
        public boolean inTransaction() {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }
    }

    @TestConfiguration
    static class Readers {

        @Bean
        Reader reader() {
            return new Reader();
        }
    }

    @Autowired
    Reader reader;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_read_on_its_own_runs_without_a_transaction() {
        assertThat(reader.inTransaction()).isFalse();
    }

    @Test
    void a_read_inside_a_transaction_joins_it() {
        Boolean joined = transactions.execute(tx -> reader.inTransaction());

        assertThat(joined).isTrue();
    }
}
