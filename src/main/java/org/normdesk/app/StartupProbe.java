package org.normdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.normdesk.service.PeakMemory;
import org.normdesk.service.Services;

/**
 * A launch that measures itself for {@code normdesk bench}: it signs in as the benchmark's user
 * (with the password the benchmark gave it; a wrong one ends the launch), shows the main window,
 * and as soon as that window has been laid out and painted writes how long the start took and
 * the process's peak memory to a file, then exits. Nobody can work in such a window.
 *
 * <p>With {@link #UNTIL_PROPERTY} set to {@code signIn}, the launch goes the way a user's does and
 * ends when its first window, the 登录 (or first-start) dialog, has been painted: the start as the
 * user sees it, before typing a password.
 */
final class StartupProbe {
    /** The file to write the figures to; its presence makes a launch a probe. */
    static final String PROPERTY = "normdesk.startupProbe";
    static final String USER_PROPERTY = "normdesk.startupProbe.user";
    /** {@code signIn}: end at the first window instead of signing in. */
    static final String UNTIL_PROPERTY = "normdesk.startupProbe.until";

    private StartupProbe() {
    }

    static boolean active() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Whether this launch ends at its first window, the sign-in dialog (see {@link #endAtFirstWindow}). */
    static boolean untilSignIn() {
        return active() && "signIn".equals(System.getProperty(UNTIL_PROPERTY));
    }

    /** Whether this launch signs in by itself and ends at the main window (see {@link #run}). */
    static boolean signsIn() {
        return active() && !untilSignIn();
    }

    /**
     * Ends the launch once the next window to be shown (the sign-in dialog the start goes on to
     * open) has been painted, with the figures of the start until then: the dialog is closed, as a
     * user closing it ends the start.
     */
    static void endAtFirstWindow() {
        FirstWindow.whenPainted(shown -> {
            StartupTimeline.mark("painted");
            writeFigures();
            shown.hide(); // as a user's closing the dialog ends the start (the window exits)
        });
    }

    static void run(Stage stage, Services services, Supplier<Scene> mainScene) {
        if (services.users().hasUsers()) {
            String password = System.getenv("NORMDESK_PASSWORD");
            var signIn = services.users().signIn(System.getProperty(USER_PROPERTY),
                    password == null ? new char[0] : password.toCharArray());
            if (signIn.user() == null) {
                write("signIn=" + signIn.outcome());
                Platform.exit();
                return;
            }
            StartupTimeline.mark("signedIn");
        }
        stage.setScene(mainScene.get());
        StartupTimeline.mark("windowBuilt");
        stage.show();
        // The next pulse comes after the first layout and paint of the shown window.
        Platform.runLater(() -> {
            StartupTimeline.mark("painted");
            writeFigures();
            Platform.exit();
        });
    }

    private static void writeFigures() {
        long ms = ManagementFactory.getRuntimeMXBean().getUptime();
        write("startMs=" + ms + "\npeakRssKb=" + PeakMemory.residentKb() + "\nsteps=" + StartupTimeline.describe() + "\n");
    }

    private static void write(String figures) {
        try {
            Files.writeString(Path.of(System.getProperty(PROPERTY)), figures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
