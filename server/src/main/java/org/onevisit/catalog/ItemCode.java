package org.onevisit.catalog;

import java.util.regex.Pattern;

import org.onevisit.platform.DomainException;

import com.fasterxml.jackson.annotation.JsonValue;
import org.onevisit.platform.DomainException.Kind;

/** The implementation code (实施编码) that identifies a service item across its versions. */
public record ItemCode(@JsonValue String value) {

    static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,48}[A-Z0-9]");

    public ItemCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(Kind.INVALID, "catalog-item-code-invalid",
                    "An item code has 4 to 50 capital letters, digits and dashes: " + value, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
