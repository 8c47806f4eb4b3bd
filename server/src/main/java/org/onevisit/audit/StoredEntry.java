package org.onevisit.audit;

import java.time.Instant;

/** An audit entry exactly as its row holds it, the values still as the texts that were hashed. */
record StoredEntry(long seq, String subject, String subjectId, String action, String actor, String channel,
        String beforeText, String afterText, Instant at, String prevHash, String hash) {

    String label() {
        return subject + " " + subjectId;
    }
}
