package org.normdesk.app;

import java.util.Arrays;
import java.util.List;

import org.normdesk.cli.NormdeskCommand;
import org.normdesk.domain.Texts;

import picocli.CommandLine;

/**
 * The entry point. No arguments (or only {@code --data DIR}): the window. Anything else: the
 * command line, headless, on the same services. Not a JavaFX Application subclass on purpose, so
 * that the JavaFX jars can sit on the plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTimeline.mark("main");
        applyLanguage();
        if (opensWindow(List.of(args))) {
            NormDeskApp.launchWindow(dataOption(args));
            return;
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line, wired to open the services of a data folder on demand. */
    public static CommandLine commandLine() {
        return NormdeskCommand.commandLine((data, password) -> AppWiring.openServices(data, password),
                DataFolder::resolve);
    }

    private static boolean opensWindow(List<String> args) {
        return args.isEmpty() || (args.size() == 2 && args.get(0).equals("--data"))
                || (args.size() == 1 && args.get(0).startsWith("--data="));
    }

    private static String dataOption(String[] args) {
        if (args.length == 2) {
            return args[1];
        }
        return Arrays.stream(args).filter(a -> a.startsWith("--data=")).map(a -> a.substring(7)).findFirst()
                .orElse(null);
    }

    /** Chinese unless NORMDESK_LANG=en asks for English. */
    private static void applyLanguage() {
        if ("en".equalsIgnoreCase(System.getenv("NORMDESK_LANG"))) {
            Texts.setLocale(java.util.Locale.ENGLISH);
        }
    }
}
