package org.normdesk.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code normdesk eval}: measurements of normdesk's automatic judgements on labelled sets ({@code eval risk}). */
@Command(name = "eval", sortOptions = false, description = "评测自动判断的准确度（eval risk：风险提示）",
        subcommands = {EvalRiskCommand.class})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
