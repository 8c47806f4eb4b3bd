package org.onevisit.kiosk.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.onevisit.kiosk.IdCard;
import org.onevisit.kiosk.KioskCaseView;

import jakarta.servlet.http.HttpSession;

/**
 * One person's turn at a kiosk, kept in the server's session only: the card read (if any), the case looked up last,
 * and the last touch. It ends after the idle time ({@link KioskIdle}), or when the person touches 结束.
 */
final class KioskVisit {

    private static final String ATTRIBUTE = KioskVisit.class.getName();

    private @Nullable IdCard card;
    private @Nullable KioskCaseView lookedUp;
    private Instant lastTouch;

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
}
