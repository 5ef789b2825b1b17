package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.normdesk.domain.DateText;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code normdesk export filing-register|catalog}: the 备案登记表 and the 年度规范性文件目录 as .docx
 * (official look) or .xlsx, by the output file's extension.
 */
@Command(name = "export", sortOptions = false,
        subcommands = {ExportCommand.FilingRegister.class, ExportCommand.Catalog.class,
                CleanupExportCommand.class})
final class ExportCommand implements Runnable {
    private final Supplier<Services> opener;

    @Spec
    private CommandSpec spec;

    ExportCommand(Supplier<Services> opener) {
        this.opener = opener;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Texts.get("cli.export.which"));
    }

    /** The services, for export subcommands kept in their own files. */
    Services open() {
        return opener.get();
    }

    /** Refuses before any work is done when the file is neither .docx nor .xlsx. */
    static void checkExtension(CommandSpec spec, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), Texts.get("cli.export.extension", file));
        }
    }

    @Command(name = "filing-register", sortOptions = false)
    static final class FilingRegister implements Callable<Integer> {
        @ParentCommand
        private ExportCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "D", converter = DateConverter.class,
                descriptionKey = "cli.export.from")
        private LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "D", converter = DateConverter.class,
                descriptionKey = "cli.export.to")
        private LocalDate to;

        @Option(names = "--authority", paramLabel = "NAME", descriptionKey = "cli.export.authority")
        private String authority;

        @Option(names = "--category", paramLabel = "C", converter = CategoryConverter.class,
                descriptionKey = "cli.export.category")
        private IssuerCategory category;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.export.output")
        private Path output;

        @Override
        public Integer call() {
            checkExtension(spec, output);
            if (to.isBefore(from)) {
                throw new ParameterException(spec.commandLine(), Texts.get("cli.export.period", from, to));
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Services services = parent.opener.get()) {
                FilingQuery q = FilingQuery.all().between(from, to).withCategory(category);
                if (authority != null) {
                    q = q.withAuthority(services.filings().authorities().stream()
                            .filter(a -> a.name().equals(authority.strip())).findFirst()
                            .map(FilingAuthority::id)
                            .orElseThrow(() -> new ParameterException(spec.commandLine(),
                                    Texts.get("cli.export.noAuthority", authority, services.filings().authorities()
                                            .stream().map(FilingAuthority::name).collect(Collectors.joining("、"))))));
                }
                int rows = services.filings().exportRegister(q, services.filings().registerHeading(q), output);
                out.println(Texts.get("cli.export.done", rows, output.toAbsolutePath()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "catalog", sortOptions = false)
    static final class Catalog implements Callable<Integer> {
        @ParentCommand
        private ExportCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "Y", converter = Converters.YearConverter.class,
                descriptionKey = "cli.export.year")
        private int year;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.export.output")
        private Path output;

        @Override
        public Integer call() {
            checkExtension(spec, output);
            PrintWriter out = spec.commandLine().getOut();
            try (Services services = parent.opener.get()) {
                int rows = services.filings().exportCatalog(year, output);
                out.println(Texts.get("cli.export.catalogDone", year, rows, output.toAbsolutePath()));
            }
            out.flush();
            return 0;
        }
    }

    /** 2025-03-01, 2025/3/1 or 2025年3月1日. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            String v = value.strip();
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return DateText.parse(v.replace('/', '-')).orElseThrow(
                        () -> new TypeConversionException(Texts.get("cli.error.date", value)));
            }
        }
    }

    static final class CategoryConverter implements ITypeConverter<IssuerCategory> {
        @Override
        public IssuerCategory convert(String value) {
            return Converters.labelled(IssuerCategory.class, value, "cli.error.category");
        }
    }
}
