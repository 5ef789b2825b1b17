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
 */
final class StartupProbe {
    /** The file to write the figures to; its presence makes a launch a probe. */
    static final String PROPERTY = "normdesk.startupProbe";
    static final String USER_PROPERTY = "normdesk.startupProbe.user";

    private StartupProbe() {
    }

    static boolean active() {
        return System.getProperty(PROPERTY) != null;
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
            long ms = ManagementFactory.getRuntimeMXBean().getUptime();
            StartupTimeline.mark("painted");
            write("startMs=" + ms + "\npeakRssKb=" + PeakMemory.residentKb() + "\nsteps=" + StartupTimeline.describe() + "\n");
            Platform.exit();
        });
    }

    private static void write(String figures) {
        try {
            Files.writeString(Path.of(System.getProperty(PROPERTY)), figures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
