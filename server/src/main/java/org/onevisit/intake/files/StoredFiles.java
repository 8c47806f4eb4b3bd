package org.onevisit.intake.files;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows of {@code stored_file}: one per file whose bytes are safely in the {@link FileStore}. */
class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFile file, @Nullable String storedBy) {
        jdbc.sql("""
                INSERT INTO stored_file (id, sha256, size, media_type, original_name, stored_at, stored_by)
                VALUES (:id, :sha256, :size, :mediaType, :originalName, :storedAt, :storedBy)""")
                .param("id", file.id().toString())
                .param("sha256", file.sha256())
                .param("size", file.size())
                .param("mediaType", file.mediaType())
                .param("originalName", file.originalName())
                .param("storedAt", OffsetDateTime.ofInstant(file.storedAt(), ZoneOffset.UTC))
                .param("storedBy", storedBy)
                .update();
    }

    Optional<StoredFile> find(StoredFileId id) {
        return jdbc.sql("""
                SELECT id, sha256, size, media_type, original_name, stored_at FROM stored_file WHERE id = :id""")
                .param("id", id.toString())
                .query((rs, n) -> new StoredFile(StoredFileId.parse(rs.getString("id")), rs.getString("sha256"),
                        rs.getLong("size"), rs.getString("media_type"), rs.getString("original_name"),
                        rs.getObject("stored_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
