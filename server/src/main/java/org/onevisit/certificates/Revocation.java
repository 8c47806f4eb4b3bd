package org.onevisit.certificates;

import java.time.Instant;
import java.util.Objects;

/** The revocation (撤销) of a certificate: who revoked it, when and why. It is kept for good. */
public record Revocation(String reason, String revokedBy, Instant revokedAt) {

    public Revocation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
