package org.normdesk.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.normdesk.domain.Texts;

/**
 * A modeless window with a progress bar and 取消 for long work. Open it first, then submit the
 * work and {@link #track} its handle, and close it from the work's andFinally: that order also
 * holds when the work finishes before {@code track} is reached.
 */
public final class ProgressDialog {
    public static final String PANE_ID = "progressDialog";

    private final Alert alert;
    private final ProgressBar bar = new ProgressBar(-1);
    private TaskHandle handle;
    private boolean closed;

    private ProgressDialog(Window owner, String title, String message) {
        bar.setPrefWidth(380);
        alert = new Alert(Alert.AlertType.NONE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.getDialogPane().setId(PANE_ID);
        alert.getDialogPane().setContent(new VBox(10, new Label(message), bar));
        ButtonType cancel = new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(cancel);
        // 取消 only asks the work to stop; the work's own andFinally closes this dialog.
        alert.getDialogPane().lookupButton(cancel).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (handle != null) {
                handle.cancel();
            }
        });
    }

    public static ProgressDialog open(Window owner, String title, String message) {
        ProgressDialog dialog = new ProgressDialog(owner, title, message);
        dialog.alert.show();
        return dialog;
    }

    public void track(TaskHandle work) {
        this.handle = work;
        if (!closed) {
            bar.progressProperty().bind(work.progressProperty());
        }
    }

    public void close() {
        closed = true;
        bar.progressProperty().unbind();
        // An Alert whose only button is a cancel button closes once it has that result.
        alert.setResult(alert.getButtonTypes().get(0));
        alert.close();
    }
}
