package org.onevisit.platform;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo data made once per database, such as the demo cases: a seeding claims its name in its own transaction before
 * it makes anything, and goes on only if the claim is the first. The claim is a {@link CounterRows} row of
 * {@code platform_demo_seed}, taken in the caller's transaction and locked until it ends: a second node starting at
 * the same time waits for the first one's seeding, and finds it claimed once that commits, or claims it itself if
 * that rolled back. A seeding that fails so leaves no claim and is tried again at the next start.
 */
@Component
public class DemoSeeds {

    private final CounterRows claims;

    DemoSeeds(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.claims = new CounterRows(jdbc, dataSource, transactions, "platform_demo_seed", "name");
    }

    /** Claims the seeding {@code name} in the caller's transaction: true only for the first claim ever committed. */
    public boolean claim(String name) {
        return claims.next(name) == 1;
    }
}
