package org.normdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;

/**
 * Rescues a database file that H2 refuses as damaged ("File corrupted", "Double mark") the way H2's
 * own recovery tool reads such a file: opened read-only in H2's recovery mode, which scans the whole
 * file for the newest complete set of chunks, its live data is copied into a new file, and the new
 * file takes the old one's place. The damaged file is kept beside it, as it was.
 *
 * <p>Why: CrashSafetyTest, run under load, showed H2 2.3.232's in-place compaction on close fail after
 * a killed import (an assertion in {@code RandomAccessStore.moveChunkInside}, H2 issues 4086 and 2752)
 * and leave a file whose next open failed with "Double mark" — although every committed row was still
 * in it, as the copy shows. {@link Database} now leaves that compaction off; this is the net below it,
 * and for a file damaged otherwise (a power cut, a disk fault).
 *
 * <p>Not yet for an encrypted folder: the new file would get a new H2 file header, and the folder's
 * encryption marker, which names that header, would have to move with it.
 */
final class DamagedStoreRescue {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DamagedStoreRescue() {
    }

    /** Whether H2 refused the file itself as damaged (not a lock, a password or a newer version). */
    static boolean isStoreDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException m && (m.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
                    || m.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND)) {
                return true;
            }
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the live data of the folder's damaged database into a new file that replaces it. The
     * caller holds the folder's lock.
     *
     * @return the damaged file, kept under a name of its own in the folder
     * @throws IOException when H2 cannot read the file even so; the folder is then as it was
     */
    static Path rescue(Path folder, LocalDateTime now) throws IOException {
        Path file = folder.resolve(Backup.DATABASE_FILE);
        Path kept = folder.resolve(Database.DB_NAME + "-damaged-" + STAMP.format(now) + ".mv.db");
        Path copy = folder.resolve(Database.DB_NAME + ".rescue.tmp");
        Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(copy);
        try {
            // Read from the kept file, so that the database file is not touched until the copy is whole.
            try (MVStore source = new MVStore.Builder().fileName(kept.toString()).recoveryMode().readOnly().open();
                 MVStore target = new MVStore.Builder().fileName(copy.toString()).open()) {
                MVStoreTool.compact(source, target);
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(kept); // the database file is unchanged: the same bytes need no second copy
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
