package org.normdesk.ui.laws;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.ui.common.Controls;
import org.normdesk.ui.common.FormDialog;

/**
 * 新增/编辑上位法: the row's fields, checked as they are typed by the service's own check (a name
 * already in the table, a missing 层级), so that 确定 is only possible for a row that can be saved.
 */
final class LawForm {
    /** The levels offered; the user may type another (部门规章, 自治条例 …). */
    static final List<String> LEVELS = List.of("宪法", "法律", "行政法规", "监察法规", "司法解释", "地方性法规",
            "自治条例", "单行条例", "部门规章", "地方政府规章", "规范性文件");

    private final UpperLaw original;
    private final Function<UpperLaw, List<String>> check;
    private final TextField name = field("lawName");
    private final ComboBox<String> level = new ComboBox<>();
    private final TextField issuer = field("lawIssuer");
    private final DatePicker madeOn;
    private final DatePicker effectiveOn;
    private final DatePicker amendedOn;
    private final ComboBox<LawStatus> status = Controls.choice("lawStatus", LawStatus.values());
    private final DatePicker statusOn;
    private final TextField replacedBy = field("lawFormReplacedBy");
    private final TextField note = field("lawNote");
    private final StringProperty problems = new SimpleStringProperty("");

    LawForm(UpperLaw law, Function<UpperLaw, List<String>> check) {
        this.original = law;
        this.check = check;
        name.setText(law.name());
        level.setId("lawLevel");
        level.setEditable(true);
        level.getItems().setAll(LEVELS);
        level.setMaxWidth(Double.MAX_VALUE);
        level.getEditor().setText(law.level());
        level.setValue(law.level());
        issuer.setText(text(law.issuer()));
        madeOn = FormDialog.datePicker("lawMadeOn", law.madeOn());
        effectiveOn = FormDialog.datePicker("lawEffectiveOn", law.effectiveOn());
        amendedOn = FormDialog.datePicker("lawAmendedOnField", law.amendedOn());
        status.setValue(law.status());
        statusOn = FormDialog.datePicker("lawStatusOn", law.statusOn());
        replacedBy.setText(text(law.replacedBy()));
        note.setText(text(law.note()));
        name.textProperty().addListener(o -> recheck());
        level.getEditor().textProperty().addListener(o -> recheck());
        status.valueProperty().addListener(o -> recheck());
        recheck();
    }

    Optional<UpperLaw> show(Window owner) {
        Label problemsLabel = new Label();
        problemsLabel.setId("lawProblems");
        problemsLabel.getStyleClass().add("problems");
        problemsLabel.setWrapText(true);
        problemsLabel.textProperty().bind(problems);
        String title = original.id() == null ? Texts.get("lawui.add.title") : Texts.get("lawui.edit.title", original.name());
        return new FormDialog<UpperLaw>(owner, title, "lawFormDialog")
                .row(Texts.get("lawui.col.name"), name)
                .row(Texts.get("lawui.col.level"), level)
                .row(Texts.get("lawui.form.issuer"), issuer)
                .row(Texts.get("lawui.col.madeOn"), madeOn)
                .row(Texts.get("lawui.col.effectiveOn"), effectiveOn)
                .row(Texts.get("lawui.form.amendedOn"), amendedOn)
                .row(Texts.get("lawui.col.status"), status)
                .row(Texts.get("lawui.form.statusOn"), statusOn)
                .row(Texts.get("lawui.col.replacedBy"), replacedBy)
                .row(Texts.get("lawui.form.note"), note)
                .wide(problemsLabel)
                .disableOkWhen(Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems))
                .showAndWait(this::row);
    }

    /** The row the fields describe. */
    UpperLaw row() {
        return new UpperLaw(original.id(), name.getText().strip(), level.getEditor().getText().strip(),
                blankToNull(issuer.getText()), madeOn.getValue(), effectiveOn.getValue(), amendedOn.getValue(),
                status.getValue(), statusOn.getValue(), blankToNull(replacedBy.getText()), blankToNull(note.getText()),
                original.source(), original.version());
    }

    private void recheck() {
        problems.set(String.join("\n", check.apply(row())));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
