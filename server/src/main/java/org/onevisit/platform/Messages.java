package org.onevisit.platform;

import java.math.BigInteger;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of pages and errors, from the message bundles ({@code spring.messages.*}). Whole numbers in them are shown
 * as written, never grouped by the locale: a review task, a meeting or a year is named {@code 999999} or
 * {@code 2026}, not {@code 999,999} or {@code 2,026}, and a count reads the same either way.
 */
final class Messages extends ResourceBundleMessageSource {

    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        Object[] resolved = super.resolveArguments(args, locale);
        for (int i = 0; i < resolved.length; i++) {
            Object arg = resolved[i];
            if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte
                    || arg instanceof BigInteger) {
                resolved[i] = arg.toString();
            }
        }
        return resolved;
    }
}
