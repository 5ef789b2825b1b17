package org.normdesk.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.normdesk.domain.NumberTemplate;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.Texts;
import org.normdesk.service.RulePackService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * 规则参数: the jurisdiction's numbers as text fields, checked as they are typed (the same check the
 * service applies on saving) and saved in one go. A number that is not a number is pointed out
 * here; the service never sees it.
 */
public final class RulesViewModel {
    private final RulePackService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;

    final StringProperty reviewDays = new SimpleStringProperty("");
    final StringProperty commentWorkingDays = new SimpleStringProperty("");
    final StringProperty commentDaysMarket = new SimpleStringProperty("");
    final StringProperty effectiveGapDays = new SimpleStringProperty("");
    final StringProperty validityYears = new SimpleStringProperty("");
    final StringProperty trialValidityYears = new SimpleStringProperty("");
    final StringProperty announcementValidityYears = new SimpleStringProperty("");
    final StringProperty registrationTemplate = new SimpleStringProperty("");
    final StringProperty opinionTemplate = new SimpleStringProperty("");
    final StringProperty reviewOffice = new SimpleStringProperty("");
    final StringProperty expiryWindowMonths = new SimpleStringProperty("");
    final StringProperty correctionDays = new SimpleStringProperty("");
    final StringProperty answerDays = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty examples = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RulesViewModel(RulePackService service, TaskRunner runner, Consumer<Throwable> errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        for (StringProperty p : fields()) {
            p.addListener(o -> check());
        }
    }

    private List<StringProperty> fields() {
        return List.of(reviewDays, commentWorkingDays, commentDaysMarket, effectiveGapDays, validityYears,
                trialValidityYears, announcementValidityYears, registrationTemplate, opinionTemplate, reviewOffice,
                expiryWindowMonths, correctionDays, answerDays);
    }

    public void load() {
        busy.set(true);
        BackgroundTask.of(service::current).onSuccess(this::show).onError(errors)
                .andFinally(() -> busy.set(false)).runOn(runner);
    }

    /** Puts back the values RULES.md gives (not yet saved). */
    public void restoreDefaults() {
        show(RulePack.defaults());
        status.set(Texts.get("settings.rules.defaultsShown"));
    }

    public void save() {
        RulePack pack = parse();
        if (pack == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> {
                    service.save(pack);
                    return pack;
                })
                .onSuccess(saved -> status.set(Texts.get("settings.rules.saved")))
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private void show(RulePack p) {
        reviewDays.set(String.valueOf(p.reviewDays()));
        commentWorkingDays.set(String.valueOf(p.commentWorkingDays()));
        commentDaysMarket.set(String.valueOf(p.commentDaysMarket()));
        effectiveGapDays.set(String.valueOf(p.effectiveGapDays()));
        validityYears.set(String.valueOf(p.validityYears()));
        trialValidityYears.set(String.valueOf(p.trialValidityYears()));
        announcementValidityYears.set(String.valueOf(p.announcementValidityYears()));
        registrationTemplate.set(p.registrationTemplate());
        opinionTemplate.set(p.opinionTemplate());
        reviewOffice.set(p.reviewOffice());
        expiryWindowMonths.set(String.valueOf(p.expiryWindowMonths()));
        correctionDays.set(String.valueOf(p.correctionDays()));
        answerDays.set(String.valueOf(p.answerDays()));
        status.set("");
    }

    /** The rule pack the fields describe, or null when a number field holds no whole number. */
    RulePack parse() {
        try {
            return new RulePack(number(reviewDays), number(commentWorkingDays), number(commentDaysMarket),
                    number(effectiveGapDays), number(validityYears), number(trialValidityYears),
                    number(announcementValidityYears), registrationTemplate.get().strip(),
                    opinionTemplate.get().strip(), reviewOffice.get().strip(), number(expiryWindowMonths),
                    number(correctionDays), number(answerDays));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(StringProperty p) {
        return Integer.parseInt(p.get() == null ? "" : p.get().strip());
    }

    private void check() {
        status.set("");
        RulePack pack = parse();
        if (pack == null) {
            problems.set(Texts.get("settings.rules.notANumber"));
            examples.set("");
            valid.set(false);
            return;
        }
        List<Problem> found = service.validate(pack);
        problems.set(found.stream().map(Problem::message).collect(Collectors.joining("\n")));
        valid.set(found.isEmpty());
        examples.set(found.isEmpty() ? Texts.get("settings.rules.examples",
                new NumberTemplate(pack.registrationTemplate()).format(LocalDate.now().getYear(), 1, "县政府"),
                new NumberTemplate(pack.opinionTemplate()).format(LocalDate.now().getYear(), 1, "县政府")) : "");
    }

    public StringProperty problemsProperty() { return problems; }
    public StringProperty examplesProperty() { return examples; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty validProperty() { return valid; }
    public BooleanProperty busyProperty() { return busy; }
}
