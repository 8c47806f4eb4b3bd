package org.onevisit.people;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused by the login limits ({@link LoginLimits}) before or whatever its password: the login page says
 * why and when to try again, the API answers 429 with {@code Retry-After}. It never says whether the account exists.
 */
public final class LoginRefused extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    /** Which limit refused it, with the stable code of its message and problem type. */
    public enum Reason {
        /** The account failed several times lately: the next attempt must wait a little. */
        ACCOUNT_DELAYED("login-delayed"),
        /** The account failed too often: it is locked for a while. */
        ACCOUNT_LOCKED("login-locked"),
        /** Too many failures came from the client's address: its logins are refused for a while. */
        ADDRESS_LOCKED("login-address-locked"),
        /**
         * The limits could not be checked in time (many logins of one account or address at once): nothing was
         * counted or checked, and the login may be sent again in a moment. The API answers 503, not 429.
         */
        BUSY("login-busy");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final Instant retryAt;
    private final long retryAfterSeconds;

    LoginRefused(Reason reason, Instant retryAt, long retryAfterSeconds) {
        super("Login refused by the login limits: " + reason);
        this.reason = reason;
        this.retryAt = retryAt;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** When a login may be tried again. */
    public Instant retryAt() {
        return retryAt;
    }

    /** The wait in whole seconds, rounded up ({@code Retry-After}). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
