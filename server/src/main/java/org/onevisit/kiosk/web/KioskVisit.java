package org.onevisit.kiosk.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.kiosk.IdCard;
import org.onevisit.kiosk.KioskCaseView;

import jakarta.servlet.http.HttpSession;

/**
 * One person's turn at a kiosk, kept in the server's session only: the card read (if any), the case looked up last,
 * the one-time tokens of the ticket screen's buttons (each takes one ticket: a second press answers the first ticket,
 * {@link org.onevisit.kiosk.TicketPresses}),
 * and the last touch. It ends after the idle time ({@link KioskIdle}), or when the person touches 结束.
 * <p>
 * Sessions are kept in the database for every node (docs/adr/0050): a request works on its own copy of the visit, and
 * what it changes is only kept when the visit is put back into the session, which every change below does.
 */
final class KioskVisit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = KioskVisit.class.getName();
    private static final int TOKENS_KEPT = 8;

    private @Nullable IdCard card;
    private @Nullable KioskCaseView lookedUp;
    private Instant lastTouch;
    /** The tokens of the ticket screens shown, the latest few only; their presses are claimed in the database. */
    private final LinkedHashSet<String> ticketTokens = new LinkedHashSet<>();
    /** The session this copy was read from or put in, where every change is put back. */
    private transient @Nullable HttpSession session;

    private KioskVisit(Instant now) {
        this.lastTouch = now;
    }

    static KioskVisit of(HttpSession session, Instant now) {
        Object visit = session.getAttribute(ATTRIBUTE);
        if (visit instanceof KioskVisit v) {
            v.session = session;
            return v;
        }
        KioskVisit started = new KioskVisit(now);
        started.session = session;
        started.save();
        return started;
    }

    static @Nullable KioskVisit existing(@Nullable HttpSession session) {
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof KioskVisit v) {
            v.session = session;
            return v;
        }
        return null;
    }

    /** Puts the visit back into its session, so that the change is kept for the next request, on any node. */
    private void save() {
        HttpSession kept = session;
        if (kept != null) {
            kept.setAttribute(ATTRIBUTE, this);
        }
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
        save();
    }

    @Nullable IdCard card() {
        return card;
    }

    void identified(IdCard read) {
        this.card = read;
        save();
    }

    @Nullable KioskCaseView lookedUp() {
        return lookedUp;
    }

    void lookedUp(KioskCaseView found) {
        this.lookedUp = found;
        save();
    }

    /** A one-time token for a ticket screen's buttons. */
    synchronized String ticketToken() {
        String token = UUID.randomUUID().toString();
        ticketTokens.add(token);
        while (ticketTokens.size() > TOKENS_KEPT) {
            ticketTokens.remove(ticketTokens.iterator().next());
        }
        save();
        return token;
    }

    /** Whether this visit handed out the token. */
    synchronized boolean knows(String token) {
        return ticketTokens.contains(token);
    }
}
