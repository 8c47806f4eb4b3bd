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
    public enum Kind { NOT_FOUND, CONFLICT, RULE_VIOLATED, INVALID }

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
