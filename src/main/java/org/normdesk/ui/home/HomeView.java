package org.normdesk.ui.home;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;

import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Texts;
import org.normdesk.service.ReviewFile;
import org.normdesk.ui.review.DeadlineTexts;
import org.normdesk.ui.common.DocumentOpener;
import org.normdesk.ui.common.FxmlView;

/** 工作台: the controls of home.fxml, bound to a {@link HomeViewModel}. */
public final class HomeView {
    private final HomeViewModel viewModel;
    private final DocumentOpener opener;

    @FXML private Label totalLabel;
    @FXML private Label emptyHintLabel;
    @FXML private GridPane stageCountsGrid;
    @FXML private GridPane validityCountsGrid;
    @FXML private TableView<RegisterRow> expiringTable;
    @FXML private Label expiringLabel;
    @FXML private Label expiringNoneLabel;
    @FXML private TableView<RegisterRow> lapsedTable;
    @FXML private Label lapsedLabel;
    @FXML private Label lapsedNoneLabel;
    @FXML private ProgressIndicator loadingIndicator;

    @FXML private javafx.scene.control.ListView<ReviewFile> reviewDeadlineList;
    @FXML private javafx.scene.control.ListView<org.normdesk.domain.filing.FilingRow> filingDeadlineList;
    @FXML private javafx.scene.control.ListView<org.normdesk.service.CleanupService.OpenCampaign> cleanupCampaignList;
    private final java.util.function.LongConsumer openWorkbench;

    private HomeView(HomeViewModel viewModel, DocumentOpener opener, java.util.function.LongConsumer openWorkbench) {
        this.viewModel = viewModel;
        this.opener = opener;
        this.openWorkbench = openWorkbench;
    }

    public static Parent create(HomeViewModel viewModel, DocumentOpener opener) {
        return create(viewModel, opener, opener::open);
    }

    public static Parent create(HomeViewModel viewModel, DocumentOpener opener,
                                java.util.function.LongConsumer openWorkbench) {
        return FxmlView.HOME.load(new HomeView(viewModel, opener, openWorkbench));
    }

    @FXML
    private void initialize() {
        totalLabel.textProperty().bind(viewModel.totalProperty().asString());
        emptyHintLabel.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.totalProperty().isEqualTo(0)));
        emptyHintLabel.managedProperty().bind(emptyHintLabel.visibleProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        fillOnChange(stageCountsGrid, viewModel.stageCounts());
        fillOnChange(validityCountsGrid, viewModel.validityCounts());
        ExpiryTables.bind(viewModel, expiringTable, expiringLabel, expiringNoneLabel, lapsedTable, lapsedLabel,
                lapsedNoneLabel, opener);
        cleanupCampaignList.setItems(viewModel.openCampaigns());
        cleanupCampaignList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.normdesk.service.CleanupService.OpenCampaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Texts.get("home.cleanup.line", c.campaign().name(),
                        c.campaign().kindText(), c.decided(), c.documents()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        filingDeadlineList.setItems(viewModel.filingDeadlines());
        filingDeadlineList.setCellFactory(list -> {
            javafx.scene.control.ListCell<org.normdesk.domain.filing.FilingRow> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(org.normdesk.domain.filing.FilingRow r, boolean empty) {
                    super.updateItem(r, empty);
                    getStyleClass().removeAll(DeadlineTexts.OVERDUE, DeadlineTexts.DUE_SOON);
                    if (empty || r == null) {
                        setText(null);
                        return;
                    }
                    boolean overdue = r.status() == org.normdesk.domain.filing.FilingStatus.OVERDUE;
                    setText(Texts.get(overdue ? "home.filings.overdue" : "home.filings.dueSoon", r.title(), r.authority(),
                            org.normdesk.ui.common.ChineseDates.format(r.filing().dueOn())));
                    getStyleClass().add(overdue ? DeadlineTexts.OVERDUE : DeadlineTexts.DUE_SOON);
                    // wrap within the list's width rather than scrolling sideways
                    setWrapText(true);
                    setPrefWidth(0);
                }
            };
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !cell.isEmpty()) {
                    opener.open(cell.getItem().filing().documentId());
                }
            });
            return cell;
        });
        reviewDeadlineList.setItems(viewModel.reviewDeadlines());
        reviewDeadlineList.setCellFactory(list -> {
            javafx.scene.control.ListCell<ReviewFile> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(ReviewFile f, boolean empty) {
                    super.updateItem(f, empty);
                    getStyleClass().removeAll(DeadlineTexts.OVERDUE, DeadlineTexts.DUE_SOON);
                    if (empty || f == null) {
                        setText(null);
                        return;
                    }
                    setText(Texts.get("home.reviews.line", f.document().title(), DeadlineTexts.summary(f.deadline())));
                    String style = DeadlineTexts.styleClass(f.deadline());
                    if (style != null) {
                        getStyleClass().add(style);
                    }
                }
            };
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !cell.isEmpty()) {
                    openWorkbench.accept(cell.getItem().document().id());
                }
            });
            return cell;
        });
    }

    private static void fillOnChange(GridPane grid, ObservableList<HomeViewModel.Count> counts) {
        counts.addListener((ListChangeListener<HomeViewModel.Count>) change -> {
            grid.getChildren().clear();
            int row = 0;
            for (HomeViewModel.Count c : counts) {
                Label number = new Label(String.valueOf(c.count()));
                number.getStyleClass().add("count");
                grid.addRow(row++, new Label(c.label()), number);
            }
        });
    }
}
