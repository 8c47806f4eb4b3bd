package org.onevisit.people;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/** Builds the rejections of malformed identifiers, so every value type words them alike. */
final class Invalid {

    private Invalid() {
    }

    static DomainException because(String code, String defaultMessage, Object... args) {
        return new DomainException(Kind.INVALID, code, defaultMessage, args);
    }
}
