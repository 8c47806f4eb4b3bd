package org.onevisit.platform;

import java.nio.file.Path;

/**
 * The key folder does not hold the keys the database's personal data was protected with: the server refuses to start
 * rather than write what it could never read again, or read nothing but errors. The message says which key, where,
 * and what to do; it never contains a key or a personal value.
 */
public final class PersonalDataKeyProblem extends IllegalStateException {

    private final String action;

    private PersonalDataKeyProblem(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What an operator does about it, for the start-up failure report. */
    public String action() {
        return action;
    }

    static PersonalDataKeyProblem missing(Path file) {
        return new PersonalDataKeyProblem("The database holds personal data protected with the key " + file
                + ", which is missing.", "Restore " + file + " from the backup of the key folder (onevisit.keys.dir),"
                        + " mode 0600. A new key cannot read what the old one encrypted, so none is generated.");
    }

    static PersonalDataKeyProblem wrong(Path file) {
        return new PersonalDataKeyProblem("The key " + file + " is not the one the database's personal data was"
                + " protected with (its check value differs).", "Put back the original " + file + " from the backup of"
                        + " the key folder; check that onevisit.keys.dir names the folder this database was used with.");
    }

    static PersonalDataKeyProblem badNumber(String setting, int number) {
        return new PersonalDataKeyProblem(setting + " is " + number + ", not a key number.",
                "Set " + setting + " to 1 or a later key number.");
    }
}
