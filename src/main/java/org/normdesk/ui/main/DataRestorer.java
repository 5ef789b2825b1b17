package org.normdesk.ui.main;

import java.nio.file.Path;

import org.normdesk.service.BackupService;
import org.normdesk.service.DataKey;

/**
 * How the owner of the window puts a backup in place of the data the window has open: it closes the
 * services, restores ({@link org.normdesk.service.Services#restore}), opens the services again and
 * shows a fresh main window on them. Called off the FX thread.
 */
@FunctionalInterface
public interface DataRestorer {
    BackupService.RestoreReport restore(Path file);

    /**
     * The same for a backup that was checked with {@code backupKey} (an encrypted one): an owner that
     * can open encrypted data uses the key instead of asking for the password a second time.
     */
    default BackupService.RestoreReport restore(Path file, DataKey backupKey) {
        return restore(file);
    }
}
