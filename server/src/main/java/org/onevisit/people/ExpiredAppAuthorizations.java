package org.onevisit.people;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the apps' authorizations ({@link AppTokenServer}) whose every code and token expired more than a day ago: an
 * app that signs in every day leaves no lasting rows. An authorization still waiting for consent has none yet and is
 * kept. Times are the machine's, as the tokens' ({@link RotatedRefreshTokens}); any node may run it at the same time.
 */
@Component
class ExpiredAppAuthorizations {

    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private final JdbcClient jdbc;

    ExpiredAppAuthorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${onevisit.oauth.cleanup-delay:PT1H}")
    void removeExpired() {
        removeExpiredBefore(Instant.now().minus(KEPT_AFTER_EXPIRY));
    }

    /** Removes the authorizations whose codes and tokens all expired before {@code cutoff}; how many. */
    @Transactional
    int removeExpiredBefore(Instant cutoff) {
        return jdbc.sql("""
                DELETE FROM oauth2_authorization
                 WHERE (authorization_code_expires_at IS NOT NULL OR access_token_expires_at IS NOT NULL
                        OR refresh_token_expires_at IS NOT NULL)
                   AND (authorization_code_expires_at IS NULL OR authorization_code_expires_at < :cutoff)
                   AND (access_token_expires_at IS NULL OR access_token_expires_at < :cutoff)
                   AND (refresh_token_expires_at IS NULL OR refresh_token_expires_at < :cutoff)
                """).param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
    }
}
