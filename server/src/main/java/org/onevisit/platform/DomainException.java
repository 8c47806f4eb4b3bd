package org.onevisit.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Map;

/**
 * A broken business rule or a missing thing, with a stable code that clients may rely on. The message
 * is resolved from the message bundles with {@code error.<code>} and the arguments, in the user's
 * language; {@code details} carries the identifiers involved.
 */
public class DomainException extends RuntimeException {

    /** What kind of failure it is; the API maps it to a status, pages to a message. */
    public enum Kind {
        NOT_FOUND, CONFLICT, RULE_VIOLATED, INVALID,
        /** The person is known but may not take this action (a policy refused it). */
        FORBIDDEN,
        /** Too many attempts: try again after {@link #RETRY_AFTER} seconds, given in the details. */
        TOO_MANY_REQUESTS,
        /** What was sent is larger than the limit. */
        TOO_LARGE,
        /** A part the action needs is missing on this server (e.g. the documents' font); an operator must act. */
        UNAVAILABLE
    }

    /** The detail that says, in whole seconds, when a refused attempt may be made again ({@code Retry-After}). */
    public static final String RETRY_AFTER = "retryAfter";

    private final String code;
    private final Kind kind;
    private final transient Object[] args;
    private final Map<String, Object> details;

    public DomainException(Kind kind, String code, String defaultMessage, Object... args) {
        this(kind, code, defaultMessage, Map.of(), args);
    }

    public DomainException(Kind kind, String code, String defaultMessage, Map<String, Object> details, Object... args) {
        super(defaultMessage);
        this.kind = kind;
        this.code = code;
        this.args = args.clone();
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> details() {
        return details;
    }

    /**
     * An argument shown in the user's language: the text of {@code key} in the message bundles, or {@code fallback}
     * where there is none. Messages resolve it when they are written.
     */
    public static MessageSourceResolvable label(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
    }
}
