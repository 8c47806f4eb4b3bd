package org.onevisit.platform;

/**
 * A stored personal value that cannot be decrypted: not in the encrypted format, encrypted with a key the database
 * never registered, or altered since it was written (AES-GCM's authentication tag does not match). The value is
 * refused, never returned half-read; the message never contains it.
 */
public final class PersonalDataUnreadable extends IllegalStateException {

    PersonalDataUnreadable(String message) {
        super(message);
    }

    PersonalDataUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
