package org.normdesk.ui.register;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.DocumentOpener;
import org.normdesk.ui.common.FxmlView;

/** 文件台账: the controls of register.fxml, bound to a {@link RegisterViewModel}. */
public final class RegisterView {
    /** How long typing must pause before the search runs, so that each keystroke does not query. */
    static final Duration SEARCH_DELAY = Duration.millis(250);

    private final RegisterViewModel viewModel;
    private final DocumentOpener opener;
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final Runnable onImport;

    @FXML private TableView<RegisterRow> registerTable;
    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<Stage>> stageFilter;
    @FXML private ComboBox<Choice<Validity>> validityFilter;
    @FXML private ComboBox<Choice<Issuer>> issuerFilter;
    @FXML private ComboBox<Choice<IssuerCategory>> categoryFilter;
    @FXML private ComboBox<Choice<Integer>> yearFilter;
    @FXML private Button newDocumentButton;
    @FXML private Button openDocumentButton;
    @FXML private Button importButton;
    @FXML private Button previousPageButton;
    @FXML private Button nextPageButton;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator loadingIndicator;

    private RegisterView(RegisterViewModel viewModel, DocumentOpener opener, Runnable onImport) {
        this.viewModel = viewModel;
        this.opener = opener;
        this.onImport = onImport;
    }

    public static Parent create(RegisterViewModel viewModel, DocumentOpener opener) {
        return create(viewModel, opener, null);
    }

    /** With an 导入… button in the toolbar when {@code onImport} is given. */
    public static Parent create(RegisterViewModel viewModel, DocumentOpener opener, Runnable onImport) {
        return FxmlView.REGISTER.load(new RegisterView(viewModel, opener, onImport));
    }

    @FXML
    private void initialize() {
        bindFilters();
        registerTable.getColumns().setAll(RegisterColumns.create());
        // The columns share the table's width down to their minimum (then it scrolls sideways);
        // the + menu at the right of the header hides columns one does not need.
        registerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        registerTable.setTableMenuButtonVisible(true);
        registerTable.setItems(viewModel.rows());
        registerTable.setSortPolicy(table -> {
            sortInDatabase();
            return true;
        });
        registerTable.setRowFactory(table -> {
            TableRow<RegisterRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    opener.open(row.getItem().id());
                }
            });
            return row;
        });
        registerTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        searchDelay.setOnFinished(e -> viewModel.search(searchField.getText()));
        searchField.textProperty().addListener((o, a, b) -> searchDelay.playFromStart());
        openDocumentButton.disableProperty().bind(registerTable.getSelectionModel().selectedItemProperty().isNull());
        openDocumentButton.setOnAction(e -> openSelected());
        newDocumentButton.setOnAction(e -> opener.openNew());
        importButton.setVisible(onImport != null);
        importButton.setManaged(onImport != null);
        importButton.setOnAction(e -> onImport.run());
        previousPageButton.disableProperty().bind(viewModel.canGoBackProperty().not());
        nextPageButton.disableProperty().bind(viewModel.canGoForwardProperty().not());
        previousPageButton.setOnAction(e -> viewModel.previousPage());
        nextPageButton.setOnAction(e -> viewModel.nextPage());
        pageLabel.textProperty().bind(viewModel.pageTextProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
    }

    private void bindFilters() {
        stageFilter.setItems(viewModel.stageChoices());
        stageFilter.valueProperty().bindBidirectional(viewModel.stageProperty());
        validityFilter.setItems(viewModel.validityChoices());
        validityFilter.valueProperty().bindBidirectional(viewModel.validityProperty());
        issuerFilter.setItems(viewModel.issuerChoices());
        issuerFilter.valueProperty().bindBidirectional(viewModel.issuerProperty());
        categoryFilter.setItems(viewModel.categoryChoices());
        categoryFilter.valueProperty().bindBidirectional(viewModel.categoryProperty());
        yearFilter.setItems(viewModel.yearChoices());
        yearFilter.valueProperty().bindBidirectional(viewModel.yearProperty());
    }

    /** The table's sort order becomes a query: first sorted column, else the default (latest change first). */
    private void sortInDatabase() {
        if (registerTable.getSortOrder().isEmpty()) {
            viewModel.sortBy(RegisterColumn.UPDATED, true);
            return;
        }
        TableColumn<RegisterRow, ?> first = registerTable.getSortOrder().get(0);
        viewModel.sortBy(RegisterColumns.of(first), first.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private void openSelected() {
        RegisterRow row = registerTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            opener.open(row.id());
        }
    }
}
