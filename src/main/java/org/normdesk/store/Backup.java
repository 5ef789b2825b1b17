package org.normdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.impl.DSL;
import org.normdesk.domain.Texts;

/**
 * The H2 side of backups: a consistent copy of the running database's file, a read-only look into
 * such a copy (its schema version, its counts, and a full read of every row), and putting a
 * verified copy in place of a data folder's database.
 */
public final class Backup {
    /** The one file H2 keeps a database in. */
    public static final String DATABASE_FILE = Database.DB_NAME + ".mv.db";
    /** Where the database in place before a restore stays until the restored one has opened. */
    static final String RESTORE_SUFFIX = ".before-restore";
    static final String BEFORE_RESTORE = DATABASE_FILE + RESTORE_SUFFIX;

    private final Database database;

    public Backup(Database database) {
        this.database = database;
    }

    /** What a database file holds, read without changing it. */
    public record Contents(String schemaVersion, String newestKnownVersion, boolean newerThanThisProgram,
                           long documents, long originals) {
    }

    /**
     * A consistent copy of the running database in a working folder: the file, unpacked to be read
     * through, and the zip H2 wrote it into, whose one entry holds the same bytes compressed (a
     * backup takes that entry as it is instead of compressing 100 MB a second time).
     *
     * @param key the key that opens the copy (its marker is written beside the file)
     */
    public record Copy(Path file, Path zip, String entry, FileEncryption.Key key) {
    }

    /**
     * Copies the running database into {@code work}. H2's BACKUP works while the database is in
     * use: the copy is the state of one moment, never half a transaction. It copies the file's
     * bytes as they are: an encrypted database gives an encrypted copy, and its marker is written
     * next to it.
     */
    public Copy copyDatabase(Path work) throws IOException {
        Path h2Zip = work.resolve(".h2-backup.zip");
        database.dsl().execute("BACKUP TO {0}", DSL.inline(h2Zip.toString()));
        Path file = work.resolve(DATABASE_FILE);
        try (ZipFile zip = new ZipFile(h2Zip.toFile())) {
            ZipEntry entry = zip.getEntry(DATABASE_FILE);
            if (entry == null) {
                throw new IOException("H2 BACKUP wrote no " + DATABASE_FILE);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        FileEncryption.Key key = FileEncryption.forCopyIn(work, database.key());
        FileEncryption.writeMarker(work, key);
        return new Copy(file, h2Zip, DATABASE_FILE, key);
    }

    /** The key the running database was opened with. */
    public FileEncryption.Key key() {
        return database.key();
    }

    /** The Flyway version of the running database (e.g. "5"). */
    public String schemaVersion() {
        return database.dsl().connectionResult(Backup::schemaVersion);
    }

    /** The version of the newest migration applied successfully, "0" for none. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" "
                     + "and \"version\" is not null order by \"installed_rank\" desc limit 1")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    /**
     * Opens the database file {@code folder/normdesk.mv.db} read-only and reads it through: every row
     * of every table, BLOBs included, so that a damaged page shows here and not on the day it is
     * needed. The file is not changed.
     *
     * @throws DataFolderException (database broken) when it cannot be opened or read
     */
    public static Contents inspect(Path folder) {
        return inspect(folder, FileEncryption.plain());
    }

    /** The same for a file encrypted with {@code key}. */
    public static Contents inspect(Path folder, FileEncryption.Key key) {
        return look(folder, key, true);
    }

    /**
     * What the file holds (schema version, counts), opened read-only without reading every row: for
     * a backup read back after writing, whose bytes are checked by hash against the copy that
     * {@link #inspect} read through.
     */
    public static Contents contents(Path folder, FileEncryption.Key key) {
        return look(folder, key, false);
    }

    private static Contents look(Path folder, FileEncryption.Key key, boolean readEveryRow) {
        JdbcDataSource ds = new JdbcDataSource();
        // LAZY_QUERY_EXECUTION: rows are read as they are fetched; otherwise H2 gathers a result (up to
        // its MAX_MEMORY_ROWS) before handing out the first row, and the documents' bodies are large
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.DB_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;LAZY_QUERY_EXECUTION=TRUE" + key.urlOptions());
        ds.setUser("sa");
        ds.setPassword(key.h2Password(""));
        try (Connection c = ds.getConnection()) {
            if (!hasTable(c, "flyway_schema_history") || !hasTable(c, "DOCUMENT")) {
                throw new DataFolderException(Texts.get("backup.notNormdeskDatabase"));
            }
            String version = schemaVersion(c);
            String newestKnown = newestKnownVersion(ds);
            boolean newer = isNewer(ds);
            if (readEveryRow) {
                for (String table : tables(c)) {
                    readThrough(c, table);
                }
            }
            return new Contents(version, newestKnown, newer, count(c, "DOCUMENT"), count(c, "ORIGINAL_FILE"));
        } catch (SQLException | RuntimeException e) {
            if (e instanceof DataFolderException d) {
                throw d;
            }
            throw new DataFolderException(Texts.get("startup.databaseBroken", folder, rootMessage(e)), e);
        }
    }

    /** Same check as {@link #inspect} on the running database (the crash test and the verification use it). */
    public long readThrough() {
        return database.dsl().connectionResult(c -> {
            long rows = 0;
            for (String table : tables(c)) {
                rows += readThrough(c, table);
            }
            return rows;
        });
    }

    /**
     * Puts the verified database file {@code copy} in place of the folder's database, under the
     * folder's lock. The database in place is first copied aside, then replaced by one atomic
     * rename: at every moment the folder holds a whole database, the old or the new one.
     * {@link #keepRestored} or {@link #undoRestore} follows once the new one has (or has not) opened.
     *
     * @throws DataFolderException (folder in use) when a normdesk has the folder open
     */
    public static void replaceDatabase(Path folder, Path copy) throws IOException {
        try (FolderLock lock = FolderLock.take(folder)) {
            Path current = folder.resolve(DATABASE_FILE);
            if (Files.exists(current)) {
                Files.copy(current, folder.resolve(BEFORE_RESTORE), StandardCopyOption.REPLACE_EXISTING);
            }
            // An encrypted backup brings its marker: it waits as pending until its file is in place.
            FileEncryption.prepareReplacement(folder, copy.getParent(), RESTORE_SUFFIX);
            Files.move(copy, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileEncryption.recover(folder);
            Files.deleteIfExists(folder.resolve(Database.DB_NAME + ".trace.db"));
            // The index was built from the data just replaced; the next open builds it afresh.
            FullTextIndex.discard(folder);
        }
    }

    /** Whether a normdesk (this one or another) has the folder open right now. */
    public static boolean inUse(Path folder) {
        try (FolderLock lock = FolderLock.take(folder)) {
            return false;
        } catch (DataFolderException e) {
            return true;
        }
    }

    /** The restored database opened: the copy of the old one is no longer needed (the safety backup remains). */
    public static void keepRestored(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(BEFORE_RESTORE));
        FileEncryption.keepReplacement(folder, RESTORE_SUFFIX);
    }

    /** The restored database did not open: the old one goes back in place. */
    public static void undoRestore(Path folder) throws IOException {
        Path aside = folder.resolve(BEFORE_RESTORE);
        if (Files.exists(aside)) {
            try (FolderLock lock = FolderLock.take(folder)) {
                Files.move(aside, folder.resolve(DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                FileEncryption.undoReplacement(folder, RESTORE_SUFFIX);
                FullTextIndex.discard(folder);
            }
        }
    }

    static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", name, null)) {
            return rs.next();
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private static long readThrough(Connection c, String table) throws SQLException {
        long rows = 0;
        byte[] buffer = new byte[64 * 1024];
        char[] chars = new char[16 * 1024];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    try {
                        if (value instanceof Blob blob) {
                            try (InputStream in = blob.getBinaryStream()) {
                                while (in.read(buffer) >= 0) {
                                    // reading every page is the point
                                }
                            }
                        } else if (value instanceof Clob clob) {
                            try (Reader in = clob.getCharacterStream()) {
                                while (in.read(chars) >= 0) {
                                    // idem
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new SQLException(e.getMessage(), e);
                    }
                }
            }
        }
        return rows;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean isNewer(JdbcDataSource ds) {
        return Arrays.stream(flyway(ds).info().applied()).anyMatch(Backup::future);
    }

    private static String newestKnownVersion(JdbcDataSource ds) {
        return Arrays.stream(flyway(ds).info().all()).filter(m -> !future(m))
                .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("0");
    }

    private static boolean future(MigrationInfo m) {
        return m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
    }

    private static Flyway flyway(JdbcDataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
