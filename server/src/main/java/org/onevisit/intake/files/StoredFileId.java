package org.onevisit.intake.files;

import java.util.Objects;
import java.util.UUID;

/** The identity of one stored file; its text form is the only thing that ever names the file on disk. */
public record StoredFileId(UUID value) {

    public StoredFileId {
        Objects.requireNonNull(value, "value");
    }

    public static StoredFileId random() {
        return new StoredFileId(UUID.randomUUID());
    }

    /** Reads the canonical text form; anything else is refused with {@link IllegalArgumentException}. */
    public static StoredFileId parse(String text) {
        UUID value = UUID.fromString(text);
        if (!value.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("Not a canonical file id: " + text);
        }
        return new StoredFileId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
