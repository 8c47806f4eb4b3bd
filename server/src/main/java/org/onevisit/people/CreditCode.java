package org.onevisit.people;

import org.onevisit.platform.DomainException;

/** Placeholder replaced by the people module's validator. */
public record CreditCode(String value) {

    public static CreditCode parse(String value) {
        if (value.length() != 18) {
            throw new DomainException(DomainException.Kind.INVALID, "credit-code-length", "length", value);
        }
        return new CreditCode(value);
    }
}
