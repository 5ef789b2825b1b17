package org.normdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.normdesk.domain.Texts;
import org.normdesk.service.ScanBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk bench scan [FILE...]}: prints the risk scan's speed beside HanLP's segmentation of
 * the same text and the time for a 10,000-character draft (see {@link ScanBench}). Without files it
 * uses built-in sample clauses. No data folder is needed.
 */
@Command(name = "scan", sortOptions = false)
final class BenchScanCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "文本文件（UTF-8），省略时使用内置样例条款")
    List<Path> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            b.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
        String text = b.length() > 0 ? b.toString() : ScanBench.sampleText();
        ScanBench.Figures f = ScanBench.measure(text);
        out.println(Texts.get("cli.bench.scan.figures", f.chars(), fmt(f.scanCharsPerSecond()),
                fmt(f.segmentCharsPerSecond()), fmt(f.defaultSegmentCharsPerSecond()), fmt(f.percentOfSegmentation())));
        out.println(Texts.get("cli.bench.scan.draft", fmt(f.draftMillis()), f.draftFindings(), fmt(f.chars())));
        out.flush();
        return 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
