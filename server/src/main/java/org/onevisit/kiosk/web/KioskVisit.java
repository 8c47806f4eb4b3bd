package org.onevisit.kiosk.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.kiosk.IdCard;
import org.onevisit.kiosk.KioskCaseView;

import jakarta.servlet.http.HttpSession;

/**
 * One person's turn at a kiosk, kept in the server's session only: the card read (if any), the case looked up last,
 * the one-time tokens of the ticket screen's buttons (each takes one ticket: a second press answers the first ticket),
 * and the last touch. It ends after the idle time ({@link KioskIdle}), or when the person touches 结束.
 */
final class KioskVisit {

    private static final String ATTRIBUTE = KioskVisit.class.getName();
    private static final int TOKENS_KEPT = 8;

    private @Nullable IdCard card;
    private @Nullable KioskCaseView lookedUp;
    private Instant lastTouch;
    /** Token of a ticket screen shown → the ticket its press took (empty until pressed); the latest few only. */
    private final Map<String, String> ticketTokens = new LinkedHashMap<>();

    private KioskVisit(Instant now) {
        this.lastTouch = now;
    }

    static KioskVisit of(HttpSession session, Instant now) {
        Object visit = session.getAttribute(ATTRIBUTE);
        if (visit instanceof KioskVisit v) {
            return v;
        }
        KioskVisit started = new KioskVisit(now);
        session.setAttribute(ATTRIBUTE, started);
        return started;
    }

    static @Nullable KioskVisit existing(@Nullable HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof KioskVisit v ? v : null;
    }

    static void end(@Nullable HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    Instant lastTouch() {
        return lastTouch;
    }

    void touched(Instant now) {
        lastTouch = now;
    }

    @Nullable IdCard card() {
        return card;
    }

    void identified(IdCard read) {
        this.card = read;
    }

    @Nullable KioskCaseView lookedUp() {
        return lookedUp;
    }

    void lookedUp(KioskCaseView found) {
        this.lookedUp = found;
    }

    /** A one-time token for a ticket screen's buttons. */
    synchronized String ticketToken() {
        String token = UUID.randomUUID().toString();
        ticketTokens.put(token, "");
        while (ticketTokens.size() > TOKENS_KEPT) {
            ticketTokens.remove(ticketTokens.keySet().iterator().next());
        }
        return token;
    }

    /** Whether this visit handed out the token. */
    synchronized boolean knows(String token) {
        return ticketTokens.containsKey(token);
    }

    /** The id of the ticket the token's press took, or empty when it took none yet. */
    synchronized String ticketOf(String token) {
        return ticketTokens.getOrDefault(token, "");
    }

    synchronized void took(String token, String ticketId) {
        ticketTokens.put(token, ticketId);
    }
}
