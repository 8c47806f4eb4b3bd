package org.onevisit.platform;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Where the {@link Attempts} keep their buckets: one row per key in {@value #TABLE}, on PostgreSQL through Bucket4j's
 * PostgreSQL support, on the embedded H2 through {@link H2Buckets} — the same table and the same row locks, so that
 * several nodes on one database share every count. Buckets read the centre's {@link Clock}, so that tests move time
 * instead of waiting. A row whose bucket is full again expires {@link #KEPT_WHEN_FULL} later and is removed by
 * {@link ExpiredAttempts}: the table holds only keys tried lately.
 */
@Configuration(proxyBeanMethods = false)
class AttemptStorage {

    static final String TABLE = "rate_limit_bucket";
    static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(10);
    /** A bucket operation waits at most this long for the row lock before it fails. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    @Bean
    Attempts attempts(DataSource dataSource, Clock clock) {
        return new Attempts(buckets(dataSource, clock));
    }

    /** The buckets on the database behind {@code dataSource}, timed by {@code clock}. */
    static ProxyManager<String> buckets(DataSource dataSource, Clock clock) {
        TimeMeter time = new ClockTime(clock);
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL);
        String product = product(dataSource);
        return switch (product) {
            case "PostgreSQL" -> Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .clientClock(time).expirationAfterWrite(expiry).requestTimeout(LOCK_WAIT)
                    .build();
            case "H2" -> new H2Buckets(dataSource, ClientSideConfig.getDefault().withClientClock(time)
                    .withExpirationAfterWriteStrategy(expiry).withRequestTimeout(LOCK_WAIT));
            default -> throw new IllegalStateException("Attempt limits are kept on PostgreSQL or H2, not on " + product);
        };
    }

    private static String product(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("The database cannot be reached to set up attempt limits", e);
        }
    }

    /** Bucket4j's time, read from the centre's clock: wall-clock nanoseconds since the epoch. */
    record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
