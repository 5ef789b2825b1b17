package org.normdesk.ui.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.normdesk.domain.Texts;
import org.normdesk.service.IssuerService;
import org.normdesk.service.RegisterService;
import org.normdesk.ui.common.DocumentOpener;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;

/**
 * Opens document editors, each in its own window so that two documents can be compared side by
 * side; a document already open is brought to the front instead of opened twice.
 */
public final class DocumentEditors implements DocumentOpener {
    public static final double WIDTH = 980;
    public static final double HEIGHT = 720;

    private final RegisterService register;
    private final IssuerService issuers;
    private final TaskRunner runner;
    private final Supplier<Window> owner;
    private final Runnable onChanged;
    /** Marks the editor windows among all windows of the program. */
    private static final String EDITOR = "normdesk.documentEditor";

    private final Map<Long, Stage> openById = new HashMap<>();
    private final String stylesheet;
    private org.normdesk.service.ReviewService reviews;
    private org.normdesk.service.PublicationService publication;
    private java.util.function.LongConsumer openWorkbench = id -> { };
    private String reviewer;

    /**
     * @param onChanged run after every save or stage change, e.g. to refresh the register
     * @param stylesheet the window's stylesheet, or null
     */
    public DocumentEditors(RegisterService register, IssuerService issuers, TaskRunner runner, Supplier<Window> owner,
                           Runnable onChanged, String stylesheet) {
        this.register = register;
        this.issuers = issuers;
        this.runner = runner;
        this.owner = owner;
        this.onChanged = onChanged;
        this.stylesheet = stylesheet;
    }

    /** Routes the stage buttons through the review workflow (送审, 受理, 集体审议, 登记, 公布). */
    public void setWorkflow(org.normdesk.service.ReviewService reviews,
                            org.normdesk.service.PublicationService publication,
                            java.util.function.LongConsumer openWorkbench, String reviewer) {
        this.reviews = reviews;
        this.publication = publication;
        this.openWorkbench = openWorkbench;
        this.reviewer = reviewer;
    }

    @Override
    public void open(long documentId) {
        Stage already = openById.get(documentId);
        if (already != null) {
            already.toFront();
            return;
        }
        show().open(documentId);
    }

    @Override
    public void openNew() {
        show().startNew();
    }

    /**
     * Asks every open editor to close, as if its window's close button were pressed: one with
     * unsaved changes asks first. Used before the main window closes, so that nothing typed is
     * lost silently when the owned editor windows would otherwise just vanish with it.
     *
     * @return whether all editors are closed now
     */
    public boolean closeAll() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof Stage stage && EDITOR.equals(stage.getUserData()) && stage.isShowing()) {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                if (stage.isShowing()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reads again every open document that has no unsaved edits (after a change made elsewhere, e.g. the workbench). */
    public void reloadClean() {
        openModels.forEach((id, vm) -> {
            if (!vm.dirtyProperty().get() && !vm.busyProperty().get()) {
                vm.reload(id);
            }
        });
    }

    private final Map<Long, DocumentEditorViewModel> openModels = new HashMap<>();

    private DocumentEditorViewModel show() {
        Stage stage = new Stage();
        stage.setUserData(EDITOR);
        DocumentEditorViewModel viewModel = new DocumentEditorViewModel(register, issuers, runner,
                e -> ErrorDialog.show(stage, e));
        viewModel.setOnChanged(onChanged);
        if (reviews != null) {
            viewModel.setWorkflow(reviews, publication);
        }
        Scene scene = new Scene(DocumentEditorView.create(viewModel, openWorkbench, reviewer), WIDTH, HEIGHT);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        stage.initOwner(owner.get());
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        viewModel.savedProperty().addListener((o, before, doc) -> {
            if (doc != null) {
                openById.put(doc.id(), stage);
                openModels.put(doc.id(), viewModel);
            }
        });
        stage.setOnCloseRequest(e -> {
            if (hasUnsavedWork(viewModel) && !Prompts.confirm(stage, Texts.get("editor.close"),
                    Texts.get("editor.discardChanges"))) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            openById.values().remove(stage);
            openModels.values().remove(viewModel);
        });
        stage.show();
        return viewModel;
    }

    /** A new document counts as work once something is typed; a stored one once it differs from the database. */
    private static boolean hasUnsavedWork(DocumentEditorViewModel viewModel) {
        if (viewModel.savedProperty().get() != null) {
            return viewModel.dirtyProperty().get();
        }
        var form = viewModel.form();
        return !form.titleProperty().get().isBlank() || !form.fullTextProperty().get().isBlank();
    }
}
