package org.normdesk.ui.review;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.service.ReviewService;
import org.normdesk.service.RiskScanService;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.TaskRunner;

/** Opens one workbench window per document; a second request brings the open one to the front. */
public final class ReviewWorkbenches {
    private final ReviewService reviews;
    private final TaskRunner runner;
    private final Supplier<Window> owner;
    private final Supplier<LocalDate> today;
    private final Runnable onChanged;
    private final String stylesheet;
    private final Map<Long, Stage> open = new HashMap<>();
    private RiskScanService risk;
    private org.normdesk.service.SimilarDocumentsService similar;
    private org.normdesk.ui.common.DocumentOpener opener;

    public ReviewWorkbenches(ReviewService reviews, TaskRunner runner, Supplier<Window> owner,
                             Supplier<LocalDate> today, Runnable onChanged, String stylesheet) {
        this.reviews = reviews;
        this.runner = runner;
        this.owner = owner;
        this.today = today;
        this.onChanged = onChanged;
        this.stylesheet = stylesheet;
    }

    /** Gives each workbench a 风险提示 tab on the scan of its draft. */
    public void setRisk(RiskScanService risk) {
        this.risk = risk;
    }

    /** Gives each workbench a 相似文件 tab; {@code opener} opens a listed document (the document editor). */
    public void setSimilar(org.normdesk.service.SimilarDocumentsService similar,
                           org.normdesk.ui.common.DocumentOpener opener) {
        this.similar = similar;
        this.opener = opener;
    }

    public void open(long documentId) {
        Stage already = open.get(documentId);
        if (already != null) {
            already.toFront();
            return;
        }
        Stage stage = new Stage();
        WorkbenchViewModel vm = new WorkbenchViewModel(reviews, documentId, runner, e -> ErrorDialog.show(stage, e),
                today);
        vm.setOnChanged(onChanged);
        RiskViewModel riskVm = risk == null ? null
                : new RiskViewModel(risk, documentId, runner, e -> ErrorDialog.show(stage, e));
        SimilarViewModel similarVm = similar == null ? null
                : new SimilarViewModel(similar, documentId, runner, e -> ErrorDialog.show(stage, e));
        Scene scene = new Scene(WorkbenchView.create(vm, riskVm, similarVm, opener), 1180, 760);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        stage.initOwner(owner.get());
        stage.titleProperty().bind(vm.titleProperty().map(t -> Texts.get("rui.wb.windowTitle", t)));
        open.put(documentId, stage);
        stage.setOnHidden(e -> open.remove(documentId));
        stage.show();
        vm.load();
    }
}
