package org.onevisit.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.onevisit.platform.KeyFolder;
import org.onevisit.platform.SigningKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The centre's key that signs audit checkpoints: the Ed25519 pair {@value #NAME} in the key folder, apart from the
 * data, so that access to the database alone cannot sign a checkpoint.
 */
@Component
class CheckpointKey {

    static final String NAME = "audit-checkpoints";

    private final SigningKey key;

    @Autowired
    CheckpointKey(KeyFolder keys) {
        this(new SigningKey(keys.keyPair(NAME, "Ed25519")));
    }

    CheckpointKey(SigningKey key) {
        this.key = key;
    }

    /** The checkpoint of the head at {@code seq} with {@code headHash}, signed now (to the microsecond). */
    AuditCheckpoint sign(long seq, String headHash, Instant at) {
        // both databases keep microseconds; the signature must cover what is stored
        Instant signedAt = at.truncatedTo(ChronoUnit.MICROS);
        byte[] signature = key.sign(AuditCheckpoint.signedBytes(seq, headHash, signedAt, key.keyId()));
        return new AuditCheckpoint(seq, headHash, signedAt, key.keyId(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    }

    /** Whether this key signed exactly this checkpoint. */
    boolean signed(AuditCheckpoint checkpoint) {
        if (!checkpoint.keyId().equals(key.keyId())) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return key.verifies(checkpoint.signedBytes(), signature);
    }

    String keyId() {
        return key.keyId();
    }
}
