package org.normdesk.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.normdesk.service.ImportReport;
import org.normdesk.service.Services;

/**
 * The process {@link CrashSafetyTest} kills: imports a folder of files into a data folder and says
 * how far it got on stdout ({@code START}, then {@code P done/total} before each file, {@code DONE}).
 */
public final class CrashImportChild {
    private CrashImportChild() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path files = Path.of(args[1]);
        try (Services services = Services.open(data, Clock.systemDefaultZone(), "crash-test")) {
            System.out.println("START");
            System.out.flush();
            ImportReport report = services.imports().importAll(List.of(files), (done, total) -> {
                System.out.println("P " + done + "/" + total);
                System.out.flush();
                return true;
            });
            System.out.println("IMPORTED " + report.imported().size() + " DUPLICATES " + report.duplicates().size()
                    + " FAILED " + report.failed().size());
            report.failed().forEach(f -> System.out.println("FAILED " + f.file().getFileName() + " " + f.reason()));
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
