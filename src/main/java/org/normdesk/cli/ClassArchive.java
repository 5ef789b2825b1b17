package org.normdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class data sharing archive (AppCDS) for the start of the window: the JVM maps the classes a
 * start loads (about 9,000: JavaFX, jOOQ, H2, Lucene, normdesk) from one file instead of reading,
 * parsing and verifying each from its jar, which on a 2-core PC was half of the start.
 *
 * <p>Made in two steps, as the installers make it: a start records the classes it loads (a class
 * list, which names classes only and travels with the program), then the JVM dumps them into the
 * archive from the jars where they will be loaded. The archive is tied to those jars' paths, so it
 * is dumped where the program is installed (the .deb's postinst), never shipped.
 */
final class ClassArchive {
    private static final int DUMP_TIMEOUT_MINUTES = 10;

    private ClassArchive() {
    }

    /** JVM options for a start that writes the classes it loads to {@code classList}. */
    static List<String> recordOptions(Path classList) {
        return List.of("-XX:DumpLoadedClassList=" + classList);
    }

    /** JVM options for a start that uses the archive; without the file the JVM starts as if none were asked for. */
    static List<String> useOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }

    /**
     * Dumps the classes of {@code classList}, found on {@code classPath}, into {@code archive}
     * (written beside it first and moved in place, so that no start maps half a file).
     *
     * @throws IOException when the JVM could not dump (its last words are in the message)
     */
    static void dump(Path java, Path classList, Path archive, String classPath) throws IOException, InterruptedException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        Process p = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + partial, "-cp", classPath)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new IOException("-Xshare:dump did not finish in " + DUMP_TIMEOUT_MINUTES + " minutes");
        }
        if (p.exitValue() != 0 || !Files.exists(partial)) {
            List<String> lines = Files.readAllLines(log);
            throw new IOException("-Xshare:dump exit " + p.exitValue() + ": "
                    + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(log);
    }
}
