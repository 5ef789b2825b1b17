package org.normdesk.ui.filing;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.service.ConfirmedImport;
import org.normdesk.service.ImportCandidate;
import org.normdesk.service.ImportFields;
import org.normdesk.service.IncomingFilingService;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.Prompts;

/**
 * 收到备案: the reviewer picks the Word file a department or township filed; it is read in the
 * background, and a form shows what was read (title, 文号, 制定机关, dates) for correction beside the
 * filing's own facts (报送单位, 收到日期, materials received). OK saves the document and its filing.
 */
final class IncomingFilingDialog {
    private IncomingFilingDialog() {
    }

    static void start(Window owner, FilingViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("fui.incoming.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("fui.incoming.word"),
                "*.docx", "*.doc", "*.DOCX", "*.DOC"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            vm.examineIncoming(file.toPath(), draft -> form(owner, vm, draft));
        }
    }

    /** The form on a file already read; package-private so that a test can drive it without a file chooser. */
    static void form(Window owner, FilingViewModel vm, IncomingFilingService.Draft draft) {
        ImportCandidate c = draft.candidate();
        String fileName = String.valueOf(c.file().getFileName());
        if (c.status() == ImportCandidate.Status.UNREADABLE) {
            Prompts.inform(owner, Texts.get("fui.incoming"), Texts.get("fui.incoming.unreadable", fileName, c.reason()));
            return;
        }
        ImportFields p = c.proposed();
        TextField title = field("incomingTitle", p.title());
        TextField number = field("incomingDocNumber", p.docNumber());
        ComboBox<Issuer> issuer = new ComboBox<>();
        issuer.setId("incomingIssuer");
        issuer.getItems().setAll(draft.issuers());
        issuer.setConverter(LabelConverter.of(i -> i == null ? "" : i.name()));
        draft.issuers().stream().filter(i -> i.id().equals(p.issuerId())).findFirst().ifPresent(issuer::setValue);
        issuer.setPrefWidth(320);
        DatePicker signed = FormDialog.datePicker("incomingSignedOn", p.signedOn());
        DatePicker effective = FormDialog.datePicker("incomingEffectiveOn", p.effectiveOn());
        DatePicker validUntil = FormDialog.datePicker("incomingValidUntil", p.validUntil());
        TextField filedBy = field("incomingFiledBy", issuer.getValue() == null ? "" : issuer.getValue().name());
        // the 报送单位 follows the issuer until the reviewer types another
        issuer.valueProperty().addListener((o, before, now) -> {
            if (filedBy.getText().isBlank() || (before != null && filedBy.getText().equals(before.name()))) {
                filedBy.setText(now == null ? "" : now.name());
            }
        });
        DatePicker received = FormDialog.datePicker("incomingReceivedOn", vm.today());
        Map<FilingMaterial, CheckBox> boxes = new EnumMap<>(FilingMaterial.class);
        FlowPane materials = new FlowPane(10, 6);
        for (FilingMaterial m : FilingMaterial.values()) {
            CheckBox box = new CheckBox(m.label());
            box.setId("incomingMaterial-" + m.name());
            box.setSelected(draft.materials().contains(m));
            boxes.put(m, box);
            materials.getChildren().add(box);
        }
        Label note = new Label(notes(c));
        note.setWrapText(true);
        note.getStyleClass().add("problems");
        note.setMaxWidth(560);

        FormDialog<Boolean> dialog = new FormDialog<Boolean>(owner, Texts.get("fui.incoming.title", fileName),
                "incomingFilingDialog")
                .row(Texts.get("filingCol.title"), title)
                .row(Texts.get("filingCol.docNumber"), number)
                .row(Texts.get("fui.incoming.issuer"), issuer)
                .row(Texts.get("fui.incoming.signedOn"), signed)
                .row(Texts.get("fui.incoming.effectiveOn"), effective)
                .row(Texts.get("fui.incoming.validUntil"), validUntil)
                .row(Texts.get("fui.incoming.filedBy"), filedBy)
                .row(Texts.get("fui.incoming.receivedOn"), received)
                .row(Texts.get("fui.submit.materials"), materials);
        if (!note.getText().isEmpty()) {
            dialog.wide(note);
        }
        dialog.disableOkWhen(Bindings.createBooleanBinding(() -> title.getText().isBlank() || issuer.getValue() == null,
                        title.textProperty(), issuer.valueProperty()))
                .showAndWait(() -> true)
                .ifPresent(ok -> {
                    ImportFields fields = new ImportFields(title.getText().strip(), blankToNull(number.getText()),
                            issuer.getValue().id(), p.coIssuerIds(), signed.getValue(), effective.getValue(),
                            validUntil.getValue(), p.trial());
                    vm.receiveIncoming(new ConfirmedImport(c, fields), filedBy.getText(), received.getValue(),
                            boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                                    .toList());
                });
    }

    /** What the reviewer should know before saving: already in the register, or an issuer not on the list. */
    private static String notes(ImportCandidate c) {
        StringBuilder s = new StringBuilder();
        if (c.status() == ImportCandidate.Status.DUPLICATE) {
            s.append(Texts.get("fui.incoming.duplicate", c.reason()));
        }
        if (c.issuerNote() != null) {
            s.append(s.length() > 0 ? "\n" : "").append(c.issuerNote());
        }
        return s.toString();
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(30);
        return f;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
