package org.normdesk.ui.settings;

import java.util.Optional;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;
import org.normdesk.domain.Texts;
import org.normdesk.ui.common.ChineseDateConverter;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FxmlView;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.ProblemDecorations;
import org.normdesk.ui.common.Prompts;

/** The add/edit issuer dialog (issuer_form.fxml). 确定 saves first and closes only when the service accepted. */
public final class IssuerFormView {
    public static final String PANE_ID = "issuerDialog";

    private final IssuerFormViewModel viewModel;
    private final ProblemDecorations decorations = new ProblemDecorations();

    @FXML private TextField nameField;
    @FXML private TextField shortNameField;
    @FXML private ComboBox<IssuerCategory> categoryBox;
    @FXML private DatePicker listedSincePicker;
    @FXML private Label problemsLabel;

    private IssuerFormView(IssuerFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the dialog and waits; the saved issuer, or empty when cancelled. */
    public static Optional<Issuer> showDialog(Window owner, IssuerFormViewModel viewModel) {
        Node form = FxmlView.ISSUER_FORM.load(new IssuerFormView(viewModel));
        Dialog<Issuer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get(viewModel.isNew() ? "issuers.add.title" : "issuers.edit.title"));
        dialog.getDialogPane().setId(PANE_ID);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = Prompts.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, Prompts.cancel());
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("issuerOkButton");
        okButton.disableProperty().bind(viewModel.hasErrorsProperty().or(viewModel.busyProperty()));
        // Keep the dialog open while saving; close it with the stored issuer once the service accepted it.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.save(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> null);
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        shortNameField.textProperty().bindBidirectional(viewModel.shortNameProperty());
        categoryBox.getItems().setAll(IssuerCategory.values());
        categoryBox.setConverter(LabelConverter.labelled());
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        ChineseDateConverter converter = new ChineseDateConverter();
        listedSincePicker.setConverter(converter);
        listedSincePicker.setValue(ChineseDates.parse(viewModel.listedSinceProperty().get()).orElse(null));
        listedSincePicker.getEditor().textProperty().bindBidirectional(viewModel.listedSinceProperty());
        decorations.bind("name", nameField).bind("category", categoryBox).bind("listedSince", listedSincePicker);
        viewModel.problems().addListener((ListChangeListener<Problem>) c -> showProblems());
        showProblems();
    }

    private void showProblems() {
        decorations.show(viewModel.problems());
        problemsLabel.setText(viewModel.problems().stream().map(Problem::message).collect(Collectors.joining("\n")));
    }
}
