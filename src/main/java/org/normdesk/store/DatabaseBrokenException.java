package org.normdesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder's database exists but does not open (a damaged file, most likely after a power cut or a
 * disk fault). Distinguished from the other refusals because the way out is different: restore a
 * backup. The newest automatic backup, when the folder has one, travels with the exception so that
 * the window can offer it and the command line can name it.
 */
public class DatabaseBrokenException extends DataFolderException {
    private final transient Path newestBackup;

    public DatabaseBrokenException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public DatabaseBrokenException(String message, Throwable cause, Path newestBackup) {
        super(message, cause);
        this.newestBackup = newestBackup;
    }

    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
