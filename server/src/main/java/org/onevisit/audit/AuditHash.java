package org.onevisit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and an unambiguous encoding of the
 * content, each field written as its length in UTF-8 bytes, a colon and the bytes, so that no two different
 * contents encode alike. The values before and after are canonical JSON (keys sorted, fixed escaping), the
 * instant ISO-8601 in UTC. The position {@code seq} is left out on purpose: the order is protected by the
 * link to the previous hash, so moving an entry shows as a reordering, not as an edit.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, String subject, String subjectId, String action, String actor, String channel,
            Instant at, String beforeText, String afterText) {
        MessageDigest sha = sha256();
        for (String field : new String[] {prevHash, subject, subjectId, action, actor, channel, at.toString(),
                beforeText, afterText}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Recomputes the hash of a stored entry from its stored texts. */
    static String of(StoredEntry entry) {
        return of(entry.prevHash(), entry.subject(), entry.subjectId(), entry.action(), entry.actor(), entry.channel(),
                entry.at(), entry.beforeText(), entry.afterText());
    }

    /** Canonical JSON of a flat map of strings: keys sorted, only the escapes JSON requires, no spaces. */
    static String canonicalJson(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(values).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
