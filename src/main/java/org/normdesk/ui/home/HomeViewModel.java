package org.normdesk.ui.home;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Labelled;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.service.FilingService;
import org.normdesk.service.RegisterService;
import org.normdesk.service.ReviewFile;
import org.normdesk.service.ReviewService;
import org.normdesk.service.RegisterSummary;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/** 工作台: the register's figures and the documents whose 有效期 ends soon, read in the background. */
public final class HomeViewModel {

    /** One line of a tally: a label and how many documents it counts. */
    public record Count(String label, int count) {
    }

    private final RegisterService register;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;

    private final LongProperty total = new SimpleLongProperty();
    private final ObservableList<Count> stageCounts = FXCollections.observableArrayList();
    private final ObservableList<Count> validityCounts = FXCollections.observableArrayList();
    private final ObservableList<RegisterRow> expiringSoon = FXCollections.observableArrayList();
    private final ObservableList<RegisterRow> lapsed = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty windowMonths =
            new javafx.beans.property.SimpleIntegerProperty(org.normdesk.domain.RulePack.EXPIRY_WINDOW_MONTHS_DEFAULT);
    private final BooleanProperty moreExpiring = new SimpleBooleanProperty();
    private final BooleanProperty moreLapsed = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObservableList<ReviewFile> reviewDeadlines = FXCollections.observableArrayList();
    private ReviewService reviews;
    private final ObservableList<FilingRow> filingDeadlines = FXCollections.observableArrayList();
    private FilingService filings;
    private final ObservableList<org.normdesk.service.CleanupService.OpenCampaign> openCampaigns =
            FXCollections.observableArrayList();
    private org.normdesk.service.CleanupService cleanup;

    public HomeViewModel(RegisterService register, TaskRunner runner, Consumer<Throwable> errors) {
        this.register = register;
        this.runner = runner;
        this.errors = errors;
    }

    /** Adds the 审核期限 list (running reviews, soonest due first). */
    public void setReviews(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** Adds the 备案期限 list: filings overdue, then those due within the week. */
    public void setFilings(FilingService filings) {
        this.filings = filings;
    }

    /** Adds the list of open cleanup campaigns with how far their decisions have come. */
    public void setCleanup(org.normdesk.service.CleanupService cleanup) {
        this.cleanup = cleanup;
    }

    public void refresh() {
        if (cleanup != null) {
            BackgroundTask.of(cleanup::openCampaigns).onSuccess(openCampaigns::setAll).onError(errors).runOn(runner);
        }
        if (filings != null) {
            BackgroundTask.of(filings::attention).onSuccess(a -> {
                List<FilingRow> rows = new java.util.ArrayList<>(a.overdue());
                rows.addAll(a.dueSoon());
                filingDeadlines.setAll(rows);
            }).onError(errors).runOn(runner);
        }
        if (reviews != null) {
            BackgroundTask.of(reviews::running).onSuccess(reviewDeadlines::setAll).onError(errors).runOn(runner);
        }
        loading.set(true);
        // The window may stay open past midnight: bring 时效性 up to today (and log what expired) first.
        BackgroundTask.of(() -> {
                    register.refreshValidity();
                    return register.summary();
                })
                .onSuccess(this::show)
                .onError(errors)
                .andFinally(() -> loading.set(false))
                .runOn(runner);
    }

    private void show(RegisterSummary summary) {
        total.set(summary.documents());
        stageCounts.setAll(counts(Arrays.asList(Stage.values()), summary.byStage()));
        validityCounts.setAll(counts(Arrays.asList(Validity.values()), summary.byValidity()));
        windowMonths.set(summary.windowMonths());
        expiringSoon.setAll(summary.expiringSoon());
        lapsed.setAll(summary.lapsed());
        moreExpiring.set(summary.moreExpiring());
        moreLapsed.set(summary.moreLapsed());
        loaded.set(true);
    }

    /** Every value in its natural order, zero included, so that the tallies keep their shape. */
    private static <T extends Labelled> List<Count> counts(List<T> values, Map<T, Integer> counted) {
        return values.stream().map(v -> new Count(v.label(), counted.getOrDefault(v, 0))).toList();
    }

    public LongProperty totalProperty() { return total; }
    public ObservableList<Count> stageCounts() { return stageCounts; }
    public ObservableList<Count> validityCounts() { return validityCounts; }
    public ObservableList<RegisterRow> expiringSoon() { return expiringSoon; }
    /** Documents that lapsed by time within the evaluation window back, awaiting a decision. */
    public ObservableList<RegisterRow> lapsed() { return lapsed; }
    /** Whether more documents end within the window than {@link #expiringSoon()} lists. */
    public BooleanProperty moreExpiringProperty() { return moreExpiring; }
    /** Whether more documents lapsed within the span back than {@link #lapsed()} lists. */
    public BooleanProperty moreLapsedProperty() { return moreLapsed; }
    /** The evaluation window of the rule pack, in months. */
    public javafx.beans.property.IntegerProperty windowMonthsProperty() { return windowMonths; }
    /** Today, for counting the days left or passed. */
    public java.time.LocalDate today() { return register.today(); }
    public BooleanProperty loadingProperty() { return loading; }
    public ObservableList<ReviewFile> reviewDeadlines() { return reviewDeadlines; }
    public BooleanProperty loadedProperty() { return loaded; }
    public ObservableList<FilingRow> filingDeadlines() { return filingDeadlines; }
    public ObservableList<org.normdesk.service.CleanupService.OpenCampaign> openCampaigns() { return openCampaigns; }
}
