package org.normdesk.ui.filing;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.filing.FilingFigures;
import org.normdesk.service.FilingService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * A year's 备案 figures per issuer category (制发数, 报备数 and the five rates), with the sentence for
 * the 法治政府建设年度报告; read off the FX thread whenever the year changes.
 */
public final class FilingStatisticsViewModel {
    private final FilingService filings;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<FilingFigures> figures = FXCollections.observableArrayList();
    private final StringProperty paragraph = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public FilingStatisticsViewModel(FilingService filings, TaskRunner runner, Consumer<Throwable> errors) {
        this.filings = filings;
        this.runner = runner;
        this.errors = errors;
        // the annual report is written early in the year about the year before
        year.set(filings.today().getMonthValue() <= 3 ? filings.today().getYear() - 1 : filings.today().getYear());
        year.addListener((o, a, b) -> load());
    }

    public void load() {
        int y = year.get();
        busy.set(true);
        BackgroundTask.of(() -> new Loaded(filings.statistics(y), filings.statisticsParagraph(y)))
                .onSuccess(l -> {
                    if (y != year.get()) {
                        return; // the user moved on to another year meanwhile
                    }
                    figures.setAll(l.figures());
                    paragraph.set(l.paragraph());
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private record Loaded(List<FilingFigures> figures, String paragraph) {
    }

    public IntegerProperty yearProperty() { return year; }
    public ObservableList<FilingFigures> figures() { return figures; }
    public StringProperty paragraphProperty() { return paragraph; }
    public BooleanProperty busyProperty() { return busy; }
}
