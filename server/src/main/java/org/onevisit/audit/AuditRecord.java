package org.onevisit.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the audit trail (审计记录) as stored: its place in the chain ({@code seq}), the change with
 * personal data masked, and the hashes that chain it to the entry before.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param prevHash the hash of the entry before, 64 zeros for the first
 * @param hash SHA-256 over {@code prevHash} and the content, hex
 */
public record AuditRecord(long seq, String subject, String subjectId, String action, String actor, String channel,
        Map<String, String> before, Map<String, String> after, Instant at, String prevHash, String hash) {

    public AuditRecord {
        before = new TreeMap<>(before);
        after = new TreeMap<>(after);
    }
}
