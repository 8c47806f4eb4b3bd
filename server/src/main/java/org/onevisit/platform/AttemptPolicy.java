package org.onevisit.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How many attempts of one kind one key (an account, a client address, a case number) may make: every allowance must
 * have an attempt left, and the lockout, if any, must not have struck. The {@link Attempts} keep the count.
 *
 * @param name the kind of attempt, e.g. {@code login-account}; also the first part of the stored keys
 */
public record AttemptPolicy(String name, List<Allowance> allowances, @Nullable Lockout lockout) {

    public AttemptPolicy {
        if (!name.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("An attempt policy's name is 1 to 40 lower-case letters, digits or '-'");
        }
        allowances = List.copyOf(allowances);
        if (allowances.isEmpty() && lockout == null) {
            throw new IllegalArgumentException("An attempt policy needs an allowance or a lockout");
        }
    }
}
