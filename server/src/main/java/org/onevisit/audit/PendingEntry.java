package org.onevisit.audit;

import java.time.Instant;

/** An audited change committed with the change itself and waiting to be chained, its values as they will be hashed. */
record PendingEntry(long id, String subject, String subjectId, String action, String actor, String channel,
        String beforeText, String afterText, Instant at) {

    StoredEntry chainedAfter(long seq, String prevHash) {
        return new StoredEntry(seq, subject, subjectId, action, actor, channel, beforeText, afterText, at, prevHash,
                AuditHash.of(prevHash, subject, subjectId, action, actor, channel, at, beforeText, afterText));
    }
}
