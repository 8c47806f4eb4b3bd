package org.onevisit.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A migration written in Java because SQL alone cannot write it (it reads JSON, or needs the keys), numbered among the
 * SQL ones and given to Flyway as a bean; it runs in the migration's transaction.
 */
public abstract class VersionedJavaMigration implements JavaMigration {

    private final String version;
    private final String description;

    protected VersionedJavaMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
