package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The apps' authorizations whose codes and tokens all expired more than a day ago go; one whose refresh token still
 * runs stays, and so does one still waiting for consent.
 */
@SpringBootTest
class ExpiredAppAuthorizationsTests {

    /** Long past, so that no other test's authorization is touched in the shared database. */
    private static final Instant CUTOFF = Instant.parse("2001-01-01T00:00:00Z");

    @Autowired
    ExpiredAppAuthorizations expired;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_authorization_goes_when_its_last_token_has_expired() {
        String gone = authorization(CUTOFF.minusSeconds(3600), CUTOFF.minusSeconds(60));
        String refreshable = authorization(CUTOFF.minusSeconds(3600), CUTOFF.plusSeconds(3600));
        String awaitingConsent = authorization(null, null);

        expired.removeExpiredBefore(CUTOFF);

        assertThat(exists(gone)).isFalse();
        assertThat(exists(refreshable)).isTrue();
        assertThat(exists(awaitingConsent)).isTrue();
    }

    private String authorization(@Nullable Instant accessExpires, @Nullable Instant refreshExpires) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type,
                       state, access_token_value, access_token_expires_at, refresh_token_value, refresh_token_expires_at)
                VALUES (:id, 'test-client', 'applicant-0', 'authorization_code', :state, :access, :accessExpires,
                       :refresh, :refreshExpires)
                """).param("id", id).param("state", accessExpires == null ? "state-" + id : null)
                .param("access", accessExpires == null ? null : "access-" + id).param("accessExpires", at(accessExpires))
                .param("refresh", refreshExpires == null ? null : "refresh-" + id)
                .param("refreshExpires", at(refreshExpires)).update();
        return id;
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }
}
