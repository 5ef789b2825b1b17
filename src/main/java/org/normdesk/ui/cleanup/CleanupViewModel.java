package org.normdesk.ui.cleanup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.service.CleanupService;
import org.normdesk.service.IssuerService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskHandle;
import org.normdesk.ui.common.TaskRunner;

/**
 * 清理: the campaigns, the chosen campaign's documents with suggestions and decisions, its tally and
 * paragraph; creating, deciding, importing, exporting and closing, all off the FX thread. Never
 * touches a control, so it is tested without the toolkit.
 */
public final class CleanupViewModel {
    private final CleanupService cleanup;
    private final IssuerService issuers;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final Runnable documentsChanged;
    private final ObservableList<CleanupCampaign> campaigns = FXCollections.observableArrayList();
    private final ObservableList<CleanupItem> items = FXCollections.observableArrayList();
    private final ObservableList<Issuer> issuerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<CleanupCampaign> campaign = new SimpleObjectProperty<>();
    private final ObjectProperty<CleanupTally> tally = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public CleanupViewModel(CleanupService cleanup, IssuerService issuers, TaskRunner runner, Consumer<Throwable> errors,
                            Runnable documentsChanged) {
        this.cleanup = cleanup;
        this.issuers = issuers;
        this.runner = runner;
        this.errors = errors;
        this.documentsChanged = documentsChanged;
        campaign.addListener((o, a, b) -> {
            if (b == null || a == null || !a.id().equals(b.id())) {
                loadCampaign();
            }
        });
    }

    public void refresh() {
        busy.set(true);
        BackgroundTask.of(() -> new Campaigns(cleanup.campaigns(), issuers.all()))
                .onSuccess(loaded -> {
                    List<CleanupCampaign> list = loaded.campaigns();
                    issuerChoices.setAll(loaded.issuers());
                    CleanupCampaign chosen = campaign.get();
                    campaigns.setAll(list);
                    CleanupCampaign again = chosen == null ? (list.isEmpty() ? null : list.get(0))
                            : list.stream().filter(c -> c.id().equals(chosen.id())).findFirst().orElse(null);
                    if (again != null && chosen != null && again.id().equals(chosen.id())) {
                        campaign.set(again);
                        loadCampaign();
                    } else {
                        campaign.set(again);
                    }
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private record Campaigns(List<CleanupCampaign> campaigns, List<Issuer> issuers) {
    }

    private void loadCampaign() {
        CleanupCampaign c = campaign.get();
        if (c == null) {
            items.clear();
            tally.set(null);
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> new Loaded(cleanup.items(c.id()), cleanup.tally(c.id())))
                .onSuccess(l -> {
                    items.setAll(l.items());
                    tally.set(l.tally());
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private record Loaded(List<CleanupItem> items, CleanupTally tally) {
    }

    /** Creates the campaign with its suggestions (progress per document; cancel saves nothing) and shows it. */
    public TaskHandle create(CleanupCampaign draft) {
        busy.set(true);
        return BackgroundTask.withContext(ctx -> cleanup.create(draft, (done, total) -> {
                    ctx.progress(done, total);
                    return !ctx.isCancelled();
                }))
                .onSuccess(c -> {
                    message.set(Texts.get("cui.created", c.name()));
                    campaign.set(c);
                    refresh();
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public void decide(List<Long> itemIds, Decision d) {
        act(() -> Texts.get("cui.decided", cleanup.decide(campaign.get().id(), itemIds, d), d.outcome().label()), false);
    }

    public void decideAsSuggested(List<Long> itemIds) {
        act(() -> Texts.get("cui.decided", cleanup.decideAsSuggested(campaign.get().id(), itemIds, null),
                Texts.get("cli.cleanup.asSuggested")), false);
    }

    /** Imports a sheet; the refused rows come back to the caller to show, the good ones are kept. */
    public void importSheet(Path file, Consumer<CleanupService.SheetImport> done) {
        long id = campaign.get().id();
        busy.set(true);
        BackgroundTask.of(() -> cleanup.importDecisions(id, file))
                .onSuccess(r -> {
                    message.set(Texts.get("cli.cleanup.imported", r.applied()));
                    loadCampaign();
                    done.accept(r);
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public void export(Path target, Consumer<Path> done) {
        long id = campaign.get().id();
        busy.set(true);
        BackgroundTask.of(() -> {
                    cleanup.export(id, target);
                    return target;
                })
                .onSuccess(done)
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /** Closes and publishes in one transaction; the register then shows the documents' new 时效性. */
    public void close(LocalDate on, boolean expireUndecided) {
        long id = campaign.get().id();
        act(() -> {
            cleanup.close(id, on, expireUndecided);
            return Texts.get("cli.cleanup.closed", campaign.get().name(), on.toString());
        }, true);
    }

    private void act(Callable<String> work, boolean touchesDocuments) {
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(text -> {
                    message.set(text);
                    refresh();
                    if (touchesDocuments) {
                        documentsChanged.run();
                    }
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public int undecided() {
        return (int) items.stream().filter(i -> !i.decided()).count();
    }

    /** The 制定主体清单 as last loaded (the create dialog's scope choices). */
    public ObservableList<Issuer> issuers() {
        return issuerChoices;
    }

    public LocalDate today() {
        return cleanup.today();
    }

    public ObservableList<CleanupCampaign> campaigns() {
        return campaigns;
    }

    public ObservableList<CleanupItem> items() {
        return items;
    }

    public ObjectProperty<CleanupCampaign> campaignProperty() {
        return campaign;
    }

    public ObjectProperty<CleanupTally> tallyProperty() {
        return tally;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
