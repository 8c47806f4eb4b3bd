package org.onevisit.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time rating links: a token of 256 random bits, unguessable, that opens the rating of one case without signing
 * in — sent by text message when the case ends, or handed over on the counter's pad. Only the token's SHA-256 hash is
 * kept, so the table does not hold working links; a link serves one rating and lapses after its lifetime.
 */
@Repository
class RatingLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link opens. */
    record Link(String caseNumber, RatingChannel channel) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RatingLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link to rate the case on the channel, valid for {@code lifetime}: its token. */
    String issue(String caseNumber, RatingChannel channel, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.sql("INSERT INTO evaluation_rating_link (token_hash, case_number, channel, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), caseNumber, channel.name(), now, now.plus(lifetime)).update();
        return token;
    }

    /** The case and channel of a link still unused and in time; any other token is not found. */
    Link open(String token) {
        return jdbc.sql("SELECT case_number, channel FROM evaluation_rating_link WHERE token_hash = ?"
                        + " AND used_at IS NULL AND expires_at > ?")
                .params(hash(token), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .query((rs, n) -> new Link(rs.getString(1), RatingChannel.valueOf(rs.getString(2)))).optional()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "evaluation-link-not-found",
                        "This rating link is unknown, used or expired"));
    }

    /** Marks the link used; false when it was used meanwhile. */
    boolean use(String token) {
        return jdbc.sql("UPDATE evaluation_rating_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), hash(token)).update() == 1;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
