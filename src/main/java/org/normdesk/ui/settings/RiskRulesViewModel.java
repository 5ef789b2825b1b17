package org.normdesk.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Texts;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.service.RiskRulesService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * 风险规则: the rule pack in use (its version, the rules per category), exported as JSON, replaced by
 * an imported file (checked whole first: a bad file changes nothing), or reset to the built-in pack.
 */
public final class RiskRulesViewModel {
    private final RiskRulesService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<CategoryCount> categories = FXCollections.observableArrayList();
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** One row of the tab's table: a category with how many rules the pack has for it. */
    public record CategoryCount(RiskCategory category, long rules) {
        public String label() {
            return category.label();
        }

        public String level() {
            return Texts.get(category.documentLevel() ? "riskui.level.document" : "riskui.level.clause");
        }
    }

    public RiskRulesViewModel(RiskRulesService service, TaskRunner runner, Consumer<Throwable> errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
    }

    public void load() {
        run(() -> null);
    }

    public void export(Path file) {
        run(() -> {
            service.export(file);
            return Texts.get("riskui.exported", file);
        });
    }

    /** Takes the file's pack; on a bad file the error says what is wrong and the pack in use stays. */
    public void importFrom(Path file) {
        run(() -> {
            RiskRulePack p = service.importFrom(file);
            return Texts.get("riskui.imported", p.version(), p.rules().size());
        });
    }

    public void resetToBuiltIn() {
        run(() -> {
            service.resetToBuiltIn();
            return Texts.get("riskui.reset");
        });
    }

    /** Does the work, then shows the pack in use as it now is (also after a failure). */
    private void run(Callable<String> work) {
        busy.set(true);
        BackgroundTask.of(() -> {
                    String done;
                    try {
                        done = work.call();
                    } catch (Exception e) {
                        return new Outcome(null, e, shown());
                    }
                    return new Outcome(done, null, shown());
                })
                .onSuccess(o -> {
                    show(o.pack());
                    if (o.error() != null) {
                        status.set("");
                        errors.accept(o.error());
                    } else if (o.message() != null) {
                        status.set(o.message());
                    }
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private record Outcome(String message, Exception error, Shown pack) {
    }

    private record Shown(String version, String title, List<CategoryCount> rows) {
    }

    private Shown shown() {
        RiskRulePack p = service.current();
        Map<RiskCategory, Long> counts = service.rulesPerCategory();
        List<CategoryCount> rows = new ArrayList<>();
        for (RiskCategory c : RiskCategory.values()) {
            rows.add(new CategoryCount(c, counts.getOrDefault(c, 0L)));
        }
        return new Shown(p.version(), p.title(), rows);
    }

    private void show(Shown s) {
        version.set(Texts.get("riskui.version", s.version(), s.title(),
                s.rows().stream().mapToLong(CategoryCount::rules).sum()));
        categories.setAll(s.rows());
    }

    public ObservableList<CategoryCount> categories() { return categories; }
    public StringProperty versionProperty() { return version; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
}
