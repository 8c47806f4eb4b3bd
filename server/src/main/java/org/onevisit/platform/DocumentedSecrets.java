package org.onevisit.platform;

import java.util.Locale;
import java.util.Set;

/**
 * Passwords and secrets that anyone can know: the demo accounts' password, the examples the documentation shows
 * ({@code secret} and {@code a long secret} in the PostgreSQL set-up), and the placeholders people type where told to
 * choose one. A production installation must use none of them ({@link ProductionCheck}); compared ignoring case and
 * surrounding spaces.
 */
public final class DocumentedSecrets {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "demo1234";

    private static final Set<String> KNOWN = Set.of(DEMO_PASSWORD, "secret", "a long secret", "changeme", "change-me",
            "change_me", "password", "example");

    private DocumentedSecrets() {
    }

    public static boolean isDocumented(String value) {
        return KNOWN.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
