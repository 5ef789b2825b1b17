package org.normdesk.ui.main;

import java.nio.file.Path;

import org.normdesk.service.BackupService;

/**
 * How the owner of the window puts a backup in place of the data the window has open: it closes the
 * services, restores ({@link org.normdesk.service.Services#restore}), opens the services again and
 * shows a fresh main window on them. Called off the FX thread.
 */
@FunctionalInterface
public interface DataRestorer {
    BackupService.RestoreReport restore(Path file);
}
