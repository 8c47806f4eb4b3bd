package org.onevisit.platform;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's transaction manager: Spring's JDBC one, whose commit carries the changes handed to
 * {@link RoundTrips#withCommit} in its round trip ({@link CommitWithWrites}, ADR 0057), customised as Spring Boot
 * customises its own.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    CommitWithWrites transactionManager(DataSource dataSource, RoundTrips roundTrips,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        CommitWithWrites transactions = new CommitWithWrites(dataSource, roundTrips);
        customizers.ifAvailable(c -> c.customize(transactions));
        return transactions;
    }
}
