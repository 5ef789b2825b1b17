package org.normdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.normdesk.domain.Texts;

/**
 * The embedded H2 database in a data folder. Opening it takes the folder's lock (one running
 * normdesk per folder), refuses a database written by a newer normdesk, and migrates an older one
 * with Flyway. Everything else talks to the database through {@link #dsl()}.
 */
public final class Database implements AutoCloseable {

    public static final String DB_NAME = "normdesk";

    private final Path folder;
    private final FolderLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final FileEncryption.Key key;
    private FullTextIndex fullText;
    private final DocumentTally tally;
    private boolean closed;
    private final Path rescuedFrom;

    private Database(Path folder, FolderLock lock, JdbcConnectionPool pool, FileEncryption.Key key, Path rescuedFrom) {
        this.folder = folder;
        this.rescuedFrom = rescuedFrom;
        this.lock = lock;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.tally = new DocumentTally(dsl);
        this.key = key;
    }

    /**
     * Opens (creating and migrating if need be) the database in the folder.
     *
     * @throws WrongDataPasswordException when the folder is encrypted: use {@link #open(Path, PasswordSource)}
     */
    public static Database open(Path folder) {
        return open(folder, PasswordSource.NONE);
    }

    /**
     * The same for a folder that may be encrypted: {@code password} is asked when it is.
     *
     * @throws WrongDataPasswordException when no password, or a wrong one, was given; nothing was opened
     */
    public static Database open(Path folder, PasswordSource password) {
        prepareFolder(folder);
        FolderLock lock = FolderLock.take(folder);
        try {
            return connectRescuingDamage(folder, lock, password);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the folder's database; a plain file that H2 refuses as damaged is rescued
     * ({@link DamagedStoreRescue}) and opened again. When the rescue cannot read it either, the first
     * refusal is thrown, with the rescue's failure attached.
     */
    private static Database connectRescuingDamage(Path folder, FolderLock lock, PasswordSource password) {
        try {
            return connect(folder, lock, password, null);
        } catch (DatabaseBrokenException e) {
            if (!DamagedStoreRescue.isStoreDamage(e) || FileEncryption.isEncrypted(folder)) {
                throw e;
            }
            Path kept;
            try {
                kept = DamagedStoreRescue.rescue(folder, java.time.LocalDateTime.now());
            } catch (IOException | RuntimeException rescueFailed) {
                e.addSuppressed(rescueFailed);
                throw e;
            }
            return connect(folder, lock, password, kept);
        }
    }

    /** Opens the folder's database under its lock; on failure the lock is still held, the pool is gone. */
    private static Database connect(Path folder, FolderLock lock, PasswordSource password, Path rescuedFrom) {
        JdbcConnectionPool pool = null;
        try {
            FileEncryption.recover(folder);
            FileEncryption.Key key = FileEncryption.key(folder, password);
            pool = JdbcConnectionPool.create(jdbcUrl(folder, key), "sa", key.h2Password(""));
            pool.setMaxConnections(8);
            migrate(pool);
            Database db = new Database(folder, lock, pool, key, rescuedFrom);
            db.sealAuditLog();
            FullTextIndex.watch(db.dsl);
            DocumentTally.watch(db.dsl);
            if (key.encrypted()) {
                // An encrypted folder keeps its full-text index in memory; one on disk (from before
                // the encryption) would hold the texts in the clear.
                FullTextIndex.discard(folder);
            }
            return db;
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            throw e instanceof DataFolderException ? e : new DatabaseBrokenException(Texts.get("startup.databaseBroken",
                    folder, rootMessage(e)), e);
        } catch (java.io.IOException e) {
            throw new DataFolderException(Texts.get("startup.databaseBroken", folder, e.getMessage()), e);
        }
    }

    /** H2's page cache in KB. Its default of 16 MB is smaller than the register's table and indexes at 100,000 documents. */
    static final int CACHE_KB = 64 * 1024;

    static String jdbcUrl(Path folder) {
        return jdbcUrl(folder, FileEncryption.plain());
    }

    static String jdbcUrl(Path folder, FileEncryption.Key key) {
        // FILE_LOCK=FILE also protects the file from another program that ignores our lock file.
        // LOCK_TIMEOUT: a registration waiting for another's number waits up to 10 s, not H2's 1 s.
        // WRITE_DELAY=0: H2 writes a committed transaction to the file before the commit returns. With
        // its default (a background write every 500 ms) a crash or kill -9 lost most commits of the last
        // second and more: 971 of 1,116 reported commits in a 40-kill run (see CrashSafetyTest).
        // AUTO_COMPACT_FILL_RATE=0: H2 does not move chunks inside the file, neither in the background
        // nor when it closes. H2 2.3.232's move (RandomAccessStore.moveChunkInside, H2 issues 4086 and
        // 2752) failed after a killed import and left a file whose next open failed with "Double mark"
        // (CrashSafetyTest under load, see DamagedStoreRescue). The space of chunks that hold no live
        // data any more is still reused.
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DB_NAME) + ";FILE_LOCK=FILE;LOCK_TIMEOUT=10000;CACHE_SIZE="
                + CACHE_KB + ";WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0" + key.urlOptions();
    }

    private static void prepareFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataFolderException(Texts.get("startup.folderNotCreated", folder), e);
        }
        if (!Files.isWritable(folder)) {
            throw new DataFolderException(Texts.get("startup.folderReadOnly", folder));
        }
        // isWritable trusts permission bits; a read-only mount or a root-owned folder says more on a real write.
        try {
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new DataFolderException(Texts.get("startup.folderReadOnly", folder), e);
        }
    }

    /**
     * The version of the newest migration in {@code db/migration}; {@code DatabaseTest} checks it
     * against the files. Bump it with each new migration.
     */
    static final String NEWEST_MIGRATION = "15";

    private static void migrate(JdbcConnectionPool pool) {
        if (upToDate(pool)) {
            // The usual start: nothing to migrate. Flyway is left out, because loading it (and the
            // Jackson it brings) and scanning the class path for migrations took seconds of every start.
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo[] future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String newest = future[future.length - 1].getVersion().getVersion();
            throw new DataFolderException(Texts.get("startup.databaseNewer", newest, latestKnown(flyway)));
        }
        flyway.migrate();
    }

    /**
     * The last migration applied, successfully, is the newest this normdesk has, and none failed.
     * Anything else (a new, older, newer or half-migrated database) goes to Flyway, which migrates or
     * refuses as before.
     */
    private static boolean upToDate(JdbcConnectionPool pool) {
        try (var c = pool.getConnection()) {
            if (!Backup.hasTable(c, "flyway_schema_history")) {
                return false;
            }
            try (var s = c.createStatement();
                 var failed = s.executeQuery("select count(*) from \"flyway_schema_history\" where not \"success\"")) {
                failed.next();
                if (failed.getInt(1) > 0) {
                    return false;
                }
            }
            return NEWEST_MIGRATION.equals(Backup.schemaVersion(c));
        } catch (SQLException e) {
            return false; // Flyway will say what is wrong
        }
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b)
                .map(m -> m.getVersion().getVersion())
                .orElse("0");
    }

    /**
     * Chains the audit events written before the log became a hash chain (once, after migrating an
     * older database), then lets the database refuse any change or deletion of an event.
     */
    private void sealAuditLog() {
        dsl.transaction(cfg -> new AuditRepository(DSL.using(cfg)).chainLegacyEvents());
        new AuditRepository(dsl).protect();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The damaged database file this opening replaced with a rescued copy ({@link DamagedStoreRescue}),
     * kept in the folder; empty when the file opened as it was.
     */
    public java.util.Optional<Path> rescuedFrom() {
        return java.util.Optional.ofNullable(rescuedFrom);
    }

    /**
     * The full-text index of the documents, opened on first use. An encrypted folder keeps it in
     * memory only (built anew at each start): on disk, the index would hold the texts in the clear.
     */
    public synchronized FullTextIndex fullText() {
        if (closed) {
            throw new IllegalStateException("database closed");
        }
        if (fullText == null) {
            fullText = FullTextIndex.open(dsl, key.encrypted() ? null : folder.resolve(FullTextIndex.FOLDER));
        }
        return fullText;
    }

    /** How many documents stand in each stage and 时效性. */
    public DocumentTally tally() {
        return tally;
    }

    /** The key the database was opened with ({@link FileEncryption#plain()} when it is not encrypted). */
    public FileEncryption.Key key() {
        return key;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (fullText != null) {
                fullText.close();
            }
        }
        if (!key.encrypted()) {
            try (var c = pool.getConnection()) {
                ShutdownCompaction.closeCompactedIfMostlyDead(c);
            } catch (SQLException e) {
                // the file stays as it is, whole; the next close tries again
                System.err.println("normdesk: the database file was not compacted: " + e.getMessage());
            }
        }
        pool.dispose();
        lock.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
            return Texts.get("startup.databaseLockedByOther");
        }
        return t.getMessage();
    }
}
