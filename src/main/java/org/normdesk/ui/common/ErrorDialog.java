package org.normdesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.normdesk.domain.Texts;

/**
 * Tells the user what went wrong in Chinese. A refusal by the rules is a warning with just the
 * reason; anything else is an error whose technical details stay folded away until asked for.
 */
public final class ErrorDialog {
    /** The id of the dialog pane, so that tests (and stylesheets) find it. */
    public static final String PANE_ID = "errorDialog";

    private ErrorDialog() {
    }

    /** Shows the dialog without waiting, so that it is safe from any FX callback. */
    public static Alert show(Window owner, Throwable error) {
        boolean refusal = UserMessages.isRefusal(error);
        Alert alert = new Alert(refusal ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Texts.get(refusal ? "error.refusedTitle" : "error.title"));
        alert.setHeaderText(null);
        alert.setContentText(UserMessages.describe(error));
        alert.getDialogPane().setId(PANE_ID);
        alert.getDialogPane().setMinWidth(460);
        if (!refusal) {
            TextArea details = new TextArea(stackTrace(error));
            details.setEditable(false);
            details.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.show();
        return alert;
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
