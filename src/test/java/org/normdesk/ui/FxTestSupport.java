package org.normdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: waiting for background work, snapshots to look at, temporary data folders. */
public final class FxTestSupport {
    /** Generous: the build machine may be busy with other builds. */
    public static final int TIMEOUT_SECONDS = 90;

    private FxTestSupport() {
    }

    /**
     * TestFX gives the toolkit 30 s to set up a stage; a build machine shared with other builds
     * can be slower than that, so allow more.
     */
    public static void relaxTimeouts() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(TIMEOUT_SECONDS * 2000L);
        FxToolkit.toolkitContext().setLaunchTimeoutInMillis(TIMEOUT_SECONDS * 2000L);
    }

    /** Waits until the condition, evaluated on the FX thread, holds (background work lands there). */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + TIMEOUT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Closes the windows a test left open, owned windows (editors, dialogs) before the main one:
     * hiding an owner while its owned windows show can hang in headless Monocle, which is what
     * {@code FxToolkit.cleanupStages()} alone would do.
     */
    public static void closeAllWindows() {
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                List<Window> windows = new ArrayList<>(Window.getWindows());
                Collections.reverse(windows);
                windows.stream().filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide);
            }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            FxToolkit.cleanupStages();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the test's windows", e);
        }
    }

    /** Saves a picture of the scene under target/ui-snapshots, for a person to look at. */
    public static void snapshot(Scene scene, String name) {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null));
        try {
            Path dir = Files.createDirectories(Path.of("target", "ui-snapshots"));
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot save snapshot " + name, e);
        }
    }

    public static Path newDataFolder() {
        try {
            return Files.createTempDirectory("normdesk-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a test
        }
    }
}
