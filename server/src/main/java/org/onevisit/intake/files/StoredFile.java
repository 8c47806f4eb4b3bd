package org.onevisit.intake.files;

import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file as kept: the SHA-256 of its bytes in lower-case hex, its size in bytes, the media
 * type detected from its content, and the name the applicant gave it (cleaned, for display only).
 */
public record StoredFile(StoredFileId id, String sha256, long size, String mediaType, String originalName,
        Instant storedAt) {

    public StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(storedAt, "storedAt");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
    }
}
