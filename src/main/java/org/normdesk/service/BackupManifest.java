package org.normdesk.service;

import java.time.LocalDateTime;

/**
 * The small description a backup file carries next to its database: whose backup it is, of which
 * schema version, when, how much it holds, and the SHA-256 that proves the database arrived whole.
 *
 * @param app            always "normdesk": anything else is not our backup
 * @param format         the layout of the backup file (this class and {@link BackupFile})
 * @param schemaVersion  the Flyway version of the database inside
 * @param databaseSha256 SHA-256 of the database entry's bytes, lower-case hex
 * @param encrypted      the database is encrypted (the zip then also holds its encryption.json);
 *                       absent, hence false, in backups of normdesk versions before encryption
 */
public record BackupManifest(String app, int format, String appVersion, String schemaVersion,
                             LocalDateTime createdAt, String sourceFolder, long documents, long originals,
                             String databaseEntry, long databaseBytes, String databaseSha256, boolean encrypted) {
    public static final String APP = "normdesk";
    public static final int FORMAT = 1;

    /** A manifest of a plain (unencrypted) database. */
    public BackupManifest(String app, int format, String appVersion, String schemaVersion, LocalDateTime createdAt,
                          String sourceFolder, long documents, long originals, String databaseEntry,
                          long databaseBytes, String databaseSha256) {
        this(app, format, appVersion, schemaVersion, createdAt, sourceFolder, documents, originals, databaseEntry,
                databaseBytes, databaseSha256, false);
    }
}
