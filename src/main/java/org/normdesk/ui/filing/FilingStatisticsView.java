package org.normdesk.ui.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingFigures;
import org.normdesk.ui.common.Controls;

/**
 * 备案统计: the year's figures as a table, the five rates as bars per issuer category, and the
 * sentence for the 法治政府建设年度报告 with a button that copies it.
 */
public final class FilingStatisticsView {
    /** The rates drawn, in the order the table shows them. */
    private static final List<Rate> RATES = List.of(
            new Rate("cli.stats.filingRate", FilingFigures::filingRate),
            new Rate("cli.stats.onTimeRate", FilingFigures::onTimeRate),
            new Rate("cli.stats.completeRate", FilingFigures::completeRate),
            new Rate("cli.stats.passRate", FilingFigures::passRate),
            new Rate("cli.stats.correctionRate", FilingFigures::correctionRate));

    private record Rate(String key, Function<FilingFigures, Double> of) {
    }

    private FilingStatisticsView() {
    }

    /** Opens the window beside its owner, in the owner's style. */
    public static Stage open(Window owner, FilingStatisticsViewModel vm) {
        Stage stage = new Stage();
        Scene scene = new Scene(create(vm), 980, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.titleProperty().bind(vm.yearProperty().map(y -> Texts.get("fui.stats.title", y)));
        stage.show();
        vm.load();
        return stage;
    }

    public static Parent create(FilingStatisticsViewModel vm) {
        Spinner<Integer> year = Controls.integerSpinner(2000, 2100, vm.yearProperty().get());
        year.setId("statsYear");
        year.setPrefWidth(100);
        year.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.yearProperty().set(b);
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Label heading = new Label();
        heading.getStyleClass().add("screen-heading");
        heading.textProperty().bind(vm.yearProperty().map(y -> Texts.get("cli.stats.heading", y)));
        HBox top = new HBox(8, heading, new Label(Texts.get("fui.stats.year")), year, busy);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<FilingFigures> table = table(vm);
        BarChart<String, Number> chart = chart(vm);

        TextArea paragraph = new TextArea();
        paragraph.setId("statsParagraph");
        paragraph.setEditable(false);
        paragraph.setWrapText(true);
        paragraph.setPrefRowCount(3);
        paragraph.textProperty().bind(vm.paragraphProperty());
        Button copy = new Button(Texts.get("fui.stats.copy"));
        copy.setId("statsCopy");
        Label copied = new Label();
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.paragraphProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
            copied.setText(Texts.get("fui.stats.copied"));
        });
        Label paragraphLabel = new Label(Texts.get("fui.stats.paragraph"));
        VBox bottom = new VBox(6, paragraphLabel, paragraph, new HBox(8, copy, copied));

        VBox center = new VBox(10, table, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        BorderPane root = new BorderPane(center);
        root.setTop(top);
        root.setBottom(bottom);
        BorderPane.setMargin(center, new Insets(10, 0, 10, 0));
        root.setPadding(new Insets(12));
        root.setId("filingStatistics");
        return root;
    }

    private static TableView<FilingFigures> table(FilingStatisticsViewModel vm) {
        TableView<FilingFigures> table = new TableView<>(vm.figures());
        table.setId("statsTable");
        table.setPlaceholder(new Label(Texts.get("fui.stats.none")));
        List<TableColumn<FilingFigures, String>> columns = new ArrayList<>();
        columns.add(column("cli.stats.category", FilingStatisticsView::categoryLabel, 150));
        columns.add(column("cli.stats.made", f -> String.valueOf(f.made()), 70));
        columns.add(column("cli.stats.filed", f -> String.valueOf(f.filed()), 70));
        for (Rate r : RATES) {
            columns.add(column(r.key(), f -> FilingFigures.percent(r.of().apply(f)), 90));
        }
        table.getColumns().setAll(columns);
        table.setFixedCellSize(26);
        // tall enough for every category and the total, no more: the chart takes the rest
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(
                javafx.beans.binding.Bindings.size(vm.figures()).add(1.6)));
        table.setMinHeight(90);
        return table;
    }

    /** One series per issuer category (the total left out: it would repeat its parts), one bar group per rate. */
    private static BarChart<String, Number> chart(FilingStatisticsViewModel vm) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("%");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("statsChart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.RIGHT);
        chart.setMinHeight(220);
        vm.figures().addListener((javafx.collections.ListChangeListener<FilingFigures>) c -> {
            List<XYChart.Series<String, Number>> series = new ArrayList<>();
            for (FilingFigures f : vm.figures()) {
                if (f.category() == null) {
                    continue;
                }
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(categoryLabel(f));
                for (Rate r : RATES) {
                    Double rate = r.of().apply(f);
                    s.getData().add(new XYChart.Data<>(Texts.get(r.key()), rate == null ? 0 : rate * 100));
                }
                series.add(s);
            }
            chart.getData().setAll(series);
        });
        return chart;
    }

    private static String categoryLabel(FilingFigures f) {
        return f.category() == null ? Texts.get("cli.stats.total") : f.category().label();
    }

    private static TableColumn<FilingFigures, String> column(String key, Function<FilingFigures, String> text,
                                                             double width) {
        TableColumn<FilingFigures, String> c = Controls.textColumn(key, text, width);
        c.setSortable(false);
        return c;
    }
}
