package org.onevisit.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * How a {@link DomainException} reads to a person and which HTTP status it answers with — the one mapping that
 * problem details, error pages and pages showing the problem beside the form all use. The text is
 * {@code error.<code>} from the message bundles in the user's language, with the exception's own message as the
 * fallback.
 */
public final class DomainMessages {

    private DomainMessages() {
    }

    public static String text(MessageSource messages, DomainException e, Locale locale) {
        return messages.getMessage("error." + e.code(), e.args(), e.getMessage() == null ? e.code() : e.getMessage(),
                locale);
    }

    public static HttpStatus status(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
