package org.normdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.ValidityExtension;
import org.normdesk.service.RegisterService;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code normdesk extend DOC_ID --until YYYY-MM-DD --basis TEXT [--decided YYYY-MM-DD]}: records a
 * 延长有效期 decision, the same as the editor's 延长有效期 button; a refusal is one Chinese sentence
 * and exit code 2 (see {@link CliErrors}).
 */
@Command(name = "extend", sortOptions = false)
final class ExtendCommand implements Callable<Integer> {

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC_ID", descriptionKey = "cli.extend.id")
    private long id;

    @Option(names = "--until", required = true, paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            descriptionKey = "cli.extend.until")
    private LocalDate until;

    @Option(names = "--basis", required = true, paramLabel = "TEXT", descriptionKey = "cli.extend.basis")
    private String basis;

    @Option(names = "--decided", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            descriptionKey = "cli.extend.decided")
    private LocalDate decided;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = root.open()) {
            RegisterService register = services.register();
            if (register.find(id).isEmpty()) {
                throw new RuleViolation(Problem.error("id", "cli.extend.noDocument", id));
            }
            ValidityExtension e = new ValidityExtension(until, basis, decided != null ? decided : register.today());
            register.checkExtension(id, e).stream().filter(p -> !p.isError())
                    .forEach(p -> out.println(Texts.get("cli.extend.warning", p.message())));
            NormativeDocument saved = register.extendValidity(id, e);
            out.println(Texts.get("cli.extend.done", saved.title(), saved.validUntil(),
                    register.validityOf(saved).label()));
        }
        out.flush();
        return 0;
    }

    /** A day written as 2026-12-31. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(Texts.get("cli.extend.badDate", value));
            }
        }
    }
}
