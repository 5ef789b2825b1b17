package org.normdesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.normdesk.service.EncryptionService;
import org.normdesk.service.Services;

/**
 * The data folder opened on a thread of its own while JavaFX starts its toolkit: each takes about a
 * second of a start, and on two cores they overlap instead of following each other. An encrypted
 * folder is not opened here: its 数据文件密码 is asked in a dialog, once the toolkit is up.
 */
final class EarlyDataOpen {
    private final CompletableFuture<Services> opening;

    private EarlyDataOpen(CompletableFuture<Services> opening) {
        this.opening = opening;
    }

    /** Starts opening the folder of {@code dataOption}, unless it is encrypted. */
    static EarlyDataOpen start(String dataOption) {
        if (EncryptionService.status(DataFolder.resolve(dataOption)).encrypted()) {
            return new EarlyDataOpen(null);
        }
        CompletableFuture<Services> opening = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                opening.complete(AppWiring.openServices(dataOption));
                StartupTimeline.mark("dataOpen");
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "normdesk-open-data");
        t.setDaemon(true);
        t.start();
        return new EarlyDataOpen(opening);
    }

    /** Whether the folder is encrypted, so that nothing was opened here. */
    boolean encrypted() {
        return opening == null;
    }

    /**
     * Waits for the folder to be open. A failure to open (in use, read-only, a newer database …) is
     * thrown as it was thrown on the opening thread.
     */
    Services await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
