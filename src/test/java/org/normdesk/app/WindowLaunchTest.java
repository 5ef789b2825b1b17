package org.normdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

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
        Path figures = dir.resolve("start.properties");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-D" + StartupProbe.PROPERTY + "=" + figures,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data", data.toString());
        Path log = dir.resolve("launch.log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
        assertThat(Long.parseLong(props.getProperty("startMs"))).isPositive();
        Map<String, Long> steps = steps(props.getProperty("steps"));
        assertThat(steps).containsKeys("main", "init", "dataOpen", "start", "searchPrepared", "windowBuilt", "painted");
        assertThat(steps.get("dataOpen")).isLessThanOrEqualTo(steps.get("start"));
        assertThat(steps.get("windowBuilt")).isLessThanOrEqualTo(steps.get("painted"));
        // the folder was made and its database created
        assertThat(data.resolve("normdesk.mv.db")).isRegularFile();
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
