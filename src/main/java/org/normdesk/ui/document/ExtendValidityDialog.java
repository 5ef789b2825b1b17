package org.normdesk.ui.document;

import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.Texts;
import org.normdesk.domain.ValidityExtension;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FormDialog;

/**
 * 延长有效期: the new 有效期至, the basis and the date of the decision, checked by the service as they
 * are typed (the same check that refuses a wrong one on saving), so 确定 is offered only when the
 * decision can be recorded.
 */
final class ExtendValidityDialog {
    static final String ID = "extendValidityDialog";

    private ExtendValidityDialog() {
    }

    /** Whether the document is one an extension can be asked for at all (published, not ended by a decision). */
    static boolean offered(NormativeDocument doc) {
        return doc != null && doc.stage() == org.normdesk.domain.Stage.PUBLISHED && doc.endOfForce() == null;
    }

    static void show(DocumentEditorViewModel vm, Window owner) {
        NormativeDocument doc = vm.savedProperty().get();
        Label current = new Label(doc.validUntil() == null ? "—" : ChineseDates.format(doc.validUntil()));
        current.setId("extendCurrent");
        DatePicker until = FormDialog.datePicker("extendUntil", null);
        TextArea basis = new TextArea();
        basis.setId("extendBasis");
        basis.setPromptText(Texts.get("expiry.extend.basis.prompt"));
        basis.setPrefRowCount(3);
        basis.setWrapText(true);
        DatePicker decided = FormDialog.datePicker("extendDecidedOn", vm.today());
        Label problems = new Label();
        problems.setId("extendProblems");
        problems.setWrapText(true);
        problems.setMaxWidth(480);
        // a wrapped label in a dialog's grid keeps one line unless told it may grow
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ObservableList<Problem> found = FXCollections.observableArrayList();
        SimpleBooleanProperty checking = new SimpleBooleanProperty(true);
        long[] round = {0};
        Runnable check = () -> {
            long mine = ++round[0];
            checking.set(true);
            ValidityExtension e = new ValidityExtension(until.getValue(), basis.getText(), decided.getValue());
            vm.ask(id -> vm.register().checkExtension(id, e), list -> {
                if (mine == round[0]) {
                    found.setAll(list);
                    checking.set(false);
                }
            });
        };
        found.addListener((ListChangeListener<Problem>) c -> problems.setText(found.isEmpty()
                ? Texts.get("expiry.extend.ok")
                : found.stream().map(p -> (p.isError() ? "✖ " : "⚠ ") + p.message()).collect(Collectors.joining("\n"))));
        until.valueProperty().addListener(o -> check.run());
        basis.textProperty().addListener(o -> check.run());
        decided.valueProperty().addListener(o -> check.run());

        FormDialog<ValidityExtension> form = new FormDialog<ValidityExtension>(owner, Texts.get("expiry.extend.title"), ID)
                .row(Texts.get("expiry.extend.current"), current)
                .row(Texts.get("expiry.extend.newUntil"), until)
                .row(Texts.get("expiry.extend.basis"), basis)
                .row(Texts.get("expiry.extend.decidedOn"), decided)
                .wide(problems)
                .disableOkWhen(checking.or(Bindings.createBooleanBinding(
                        () -> found.stream().anyMatch(Problem::isError), found)));
        check.run();
        form.showAndWait(() -> new ValidityExtension(until.getValue(), basis.getText(), decided.getValue()))
                // the editor reloads: the new 有效期至, the 时效性 and the log entry show there
                .ifPresent(e -> vm.perform(id -> vm.register().extendValidity(id, e), saved -> { }));
    }
}
