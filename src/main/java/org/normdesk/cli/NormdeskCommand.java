package org.normdesk.cli;

import java.util.function.Function;

import org.normdesk.service.Services;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line. (Being written.) */
@Command(name = "normdesk", mixinStandardHelpOptions = true)
public final class NormdeskCommand implements Runnable {
    private final Function<String, Services> opener;

    NormdeskCommand(Function<String, Services> opener) {
        this.opener = opener;
    }

    public static CommandLine commandLine(Function<String, Services> opener) {
        return new CommandLine(new NormdeskCommand(opener));
    }

    @Override
    public void run() {
    }
}
