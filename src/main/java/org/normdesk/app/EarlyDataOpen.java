package org.normdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.normdesk.service.DataPassword;
import org.normdesk.service.EncryptionService;
import org.normdesk.service.Services;
import org.normdesk.store.Backup;
import org.normdesk.ui.users.SignInDialog;

/**
 * The data folder opened on a thread of its own while JavaFX starts its toolkit: each takes about a
 * second of a start, and on two cores they overlap instead of following each other.
 *
 * <p>A folder that has a database is opened behind the 登录 dialog, which needs it only once a
 * password has been typed. Its upkeep on opening (时效性 brought up to today, holiday years) then
 * waits until the dialog is on screen: on two cores it would otherwise slow the dialog by half a
 * second, and nobody types a password that fast. An encrypted folder is not opened here: its
 * 数据文件密码 is asked in a dialog, once the toolkit is up.
 */
final class EarlyDataOpen {
    /** The upkeep waits for the first window at most this long (a start that shows none goes on). */
    private static final long UPKEEP_WAIT_SECONDS = 3;

    private final CompletableFuture<Services> opening;
    private final CompletableFuture<SignInDialog.Accounts> accounts;
    private final boolean signInWhileOpening;
    private final CountDownLatch firstWindowShown = new CountDownLatch(1);

    private EarlyDataOpen(CompletableFuture<Services> opening, boolean signInWhileOpening) {
        this.opening = opening;
        this.signInWhileOpening = signInWhileOpening;
        // on the opening thread: the dialog learns whether the folder has users without the FX thread asking
        this.accounts = opening == null ? null : opening.thenApply(s -> SignInDialog.Accounts.of(s.users()));
    }

    /**
     * Starts opening the folder of {@code dataOption}, unless it is encrypted.
     *
     * @param signInFirst whether the start shows 登录 before it needs the data (not so a probe that signs in by itself)
     */
    static EarlyDataOpen start(String dataOption, boolean signInFirst) {
        Path folder = DataFolder.resolve(dataOption);
        if (EncryptionService.status(folder).encrypted()) {
            return new EarlyDataOpen(null, false);
        }
        // a folder with a database most likely has users: a new one is created and migrated first, and
        // its first start creates the 管理员 (the dialog turns into that form should it have none)
        boolean behindSignIn = signInFirst && Files.isRegularFile(folder.resolve(Backup.DATABASE_FILE));
        CompletableFuture<Services> opening = new CompletableFuture<>();
        EarlyDataOpen early = new EarlyDataOpen(opening, behindSignIn);
        Runnable beforeUpkeep = behindSignIn ? early::awaitFirstWindow : () -> { };
        Thread t = new Thread(() -> {
            try {
                opening.complete(AppWiring.openServices(dataOption, DataPassword.NONE, beforeUpkeep));
                StartupTimeline.mark("dataOpen");
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "normdesk-open-data");
        t.setDaemon(true);
        t.start();
        return early;
    }

    /** Whether the folder is encrypted, so that nothing was opened here. */
    boolean encrypted() {
        return opening == null;
    }

    /** Whether 登录 is shown before the folder is open (see {@link #accounts}). */
    boolean signInWhileOpening() {
        return signInWhileOpening;
    }

    /** What 登录 needs of the folder, once it is open; fails as the opening fails. */
    CompletableFuture<SignInDialog.Accounts> accounts() {
        return accounts;
    }

    /** The first window is on screen: the upkeep on opening may go on. */
    void firstWindowShown() {
        firstWindowShown.countDown();
    }

    private void awaitFirstWindow() {
        try {
            firstWindowShown.await(UPKEEP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StartupTimeline.mark("upkeep");
    }

    /**
     * Waits for the folder to be open. A failure to open (in use, read-only, a newer database …) is
     * thrown as it was thrown on the opening thread. Nothing waits for a window any more.
     */
    Services await() {
        firstWindowShown();
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
