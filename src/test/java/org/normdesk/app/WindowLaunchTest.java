package org.normdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.time.Clock;

import org.normdesk.service.Services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window as a user starts it: {@code Launcher} in a new JVM (headless JavaFX), which opens its
 * data folder while the toolkit starts and shows the main window; the start probe reports when each
 * step was reached and ends the launch.
 */
class WindowLaunchTest {
    @TempDir
    Path dir;

    @Test
    void aNewDataFolderIsOpenedBeforeTheWindowIsBuiltAndTheMainWindowIsShown() throws Exception {
        Path data = dir.resolve("县司法局");
        Properties props = launch(data);
        assertThat(Long.parseLong(props.getProperty("startMs"))).isPositive();
        Map<String, Long> steps = steps(props.getProperty("steps"));
        assertThat(steps).containsKeys("main", "init", "dataOpen", "start", "searchPrepared", "windowBuilt", "painted");
        assertThat(steps.get("dataOpen")).isLessThanOrEqualTo(steps.get("start"));
        assertThat(steps.get("windowBuilt")).isLessThanOrEqualTo(steps.get("painted"));
        // the folder was made and its database created
        assertThat(data.resolve("normdesk.mv.db")).isRegularFile();
    }

    /** The start as a user sees it ends at its first window: here the first-start dialog that creates the 管理员. */
    @Test
    void aLaunchMeasuredToItsFirstWindowEndsAtTheSignInDialogWithoutSigningIn() throws Exception {
        Properties props = launch(dir.resolve("县司法局"), "-D" + StartupProbe.UNTIL_PROPERTY + "=signIn");
        Map<String, Long> steps = steps(props.getProperty("steps"));
        assertThat(steps).containsKeys("main", "init", "dataOpen", "start", "painted")
                .doesNotContainKeys("signedIn", "windowBuilt");
        assertThat(Long.parseLong(props.getProperty("startMs"))).isGreaterThanOrEqualTo(steps.get("start"));
    }

    /**
     * A folder in use: 登录 is shown while the data opens behind it (at 100,000 documents a second of
     * the start), and the launch still ends cleanly, the folder closed and released.
     */
    @Test
    void aFolderWithUsersShowsTheSignInDialogAndClosesItsDataWhenTheDialogIsClosed() throws Exception {
        Path data = dir.resolve("县司法局");
        try (Services s = Services.openSignedOut(data, Clock.systemDefaultZone(), "os-user")) {
            s.users().createFirstAdministrator("王管理", "Qinghe#2025".toCharArray(), "Qinghe#2025".toCharArray());
        }
        Properties props = launch(data, "-D" + StartupProbe.UNTIL_PROPERTY + "=signIn");
        Map<String, Long> steps = steps(props.getProperty("steps"));
        assertThat(steps).containsKeys("main", "init", "start", "painted").doesNotContainKeys("signedIn", "windowBuilt");
        // released: the folder opens again at once
        try (Services again = Services.openSignedOut(data, Clock.systemDefaultZone(), "os-user")) {
            assertThat(again.users().hasUsers()).isTrue();
        }
    }

    /** Starts {@code Launcher} on {@code data} as a probe and returns the figures it wrote. */
    private Properties launch(Path data, String... options) throws Exception {
        Path figures = dir.resolve("start.properties");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-D" + StartupProbe.PROPERTY + "=" + figures));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data", data.toString()));
        Path log = dir.resolve("launch.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }

        assertThat(ended).as(Files.readString(log)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(figures).as(Files.readString(log)).exists();
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(figures, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }

    /** "main=310 init=1200 …" as a map in the order reached. */
    private static Map<String, Long> steps(String line) {
        Map<String, Long> steps = new LinkedHashMap<>();
        for (String step : line.trim().split("\\s+")) {
            String[] kv = step.split("=");
            steps.put(kv[0], Long.parseLong(kv[1]));
        }
        return steps;
    }
}
