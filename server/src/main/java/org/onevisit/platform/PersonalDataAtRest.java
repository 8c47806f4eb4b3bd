package org.onevisit.platform;

/**
 * A module's personal data as it stores it, which {@code reencrypt-personal-data} moves to the current keys: every
 * value encrypted with the configured encryption key, every blind index computed with the configured index key. Each
 * module rewrites its own tables.
 */
public interface PersonalDataAtRest {

    /** Rewrites what is not under the current keys yet; the rows changed. Running it again changes nothing. */
    long reencrypt(Reencryption reencryption);
}
