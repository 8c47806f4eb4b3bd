package org.onevisit.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed checkpoint of the audit trail (审计链签名检查点): the chain head at one moment, its seq and the hash of the
 * entry there, signed with the centre's checkpoint key. It is kept in the database and also outside it, appended to
 * the checkpoint files and exported to supervisors: whoever can rewrite the database cannot sign, so a trail cut short
 * or rewritten, even with every hash recomputed and the head moved back, no longer matches its checkpoints.
 *
 * @param seq the position of the last entry chained at the time
 * @param headHash that entry's hash
 * @param at when the head was signed
 * @param keyId the id of the key that signed (the first 16 hex digits of the SHA-256 of its public key)
 * @param signature Ed25519 over {@link #signedBytes()}, Base64URL without padding
 */
public record AuditCheckpoint(long seq, String headHash, Instant at, String keyId, String signature) {

    /** Names the encoding signed, so that a later encoding cannot be mistaken for this one. */
    static final String FORMAT = "onevisit-audit-checkpoint/1";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{1,64}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    public AuditCheckpoint {
        Objects.requireNonNull(at, "at");
        if (seq < 1 || !HASH.matcher(headHash).matches() || !KEY_ID.matcher(keyId).matches()
                || !SIGNATURE.matcher(signature).matches()) {
            throw new IllegalArgumentException("Not an audit checkpoint: seq " + seq);
        }
    }

    /**
     * What the key signs: the format's name, the seq in decimal, the head hash, the instant in ISO-8601 (UTC) and the
     * key id, each as its length in UTF-8 bytes, a colon and the bytes, as {@link AuditHash} encodes an entry.
     */
    byte[] signedBytes() {
        return signedBytes(seq, headHash, at, keyId);
    }

    static byte[] signedBytes(long seq, String headHash, Instant at, String keyId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String field : new String[] {FORMAT, Long.toString(seq), headHash, at.toString(), keyId}) {
            byte[] value = field.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes((value.length + ":").getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(value);
        }
        return bytes.toByteArray();
    }

    /** The checkpoint as one line of a checkpoint file or export: JSON with the fields in this order. */
    public String line() {
        return "{\"seq\":" + seq + ",\"headHash\":\"" + headHash + "\",\"at\":\"" + at + "\",\"keyId\":\"" + keyId
                + "\",\"signature\":\"" + signature + "\"}";
    }
}
