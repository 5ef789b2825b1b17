package org.normdesk.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 备案 screen as a user drives it: an overdue filing shows red; a submission is recorded through its dialog. */
@ExtendWith(ApplicationExtension.class)
class FilingScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static Path folder;
    private static Services services;
    private static long docId;
    private Scene scene;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, CLOCK, "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        docId = publish(gov, "清河县养犬管理办法", "清政发〔2025〕3号", LocalDate.of(2025, 6, 1));
        publish(gov, "清河县城市绿化管理办法", "清政发〔2025〕1号", LocalDate.of(2025, 3, 1));
    }

    private static long publish(Issuer gov, String title, String number, LocalDate on) {
        NormativeDocument d = services.register().create(NormativeDocument.draft(title, gov.id(), DocumentKind.MEASURES)
                .toBuilder().stage(org.normdesk.domain.Stage.PUBLISHED).docNumber(number).publishedOn(on)
                .effectiveOn(on.plusDays(30)).validUntil(on.plusYears(5)).build());
        services.filings().createMissing(d.id());
        return d.id();
    }

    @AfterAll
    static void closeServices() {
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(MainWindow.create(services), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    @Test
    void recordsASubmissionAndShowsOverdueFilingsInRed(FxRobot robot) {
        robot.clickOn("#navFilings");
        TableView<FilingRow> table = robot.lookup("#filingTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        // the older document's filings were due on 3月31日: red
        waitUntil(() -> robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof FilingRow row
                && row.status() == FilingStatus.OVERDUE && r.getStyleClass().contains(FilingView.BEHIND))
                .tryQuery().isPresent());

        robot.clickOn("#filingStatusFilter");
        robot.clickOn(listCell(robot, FilingStatus.NOT_SUBMITTED.label()));
        waitUntil(() -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.filing().documentId() == docId));
        robot.clickOn("市人民政府");
        robot.clickOn("#filingSubmitButton");
        waitUntil(() -> robot.lookup("#filingSubmitDialog").tryQuery().isPresent());
        robot.clickOn("#filingMaterial-LEGALITY_OPINION"); // left out on purpose: the first submission is incomplete
        FxTestSupport.snapshot(robot.lookup("#filingSubmitDialog").query().getScene(), "filing-submit-dialog");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && Texts.get("button.ok").equals(b.getText()))
                .<Node>query());

        waitUntil(() -> services.filings().ofDocument(docId).stream().anyMatch(f -> f.submission() != null));
        Filing city = services.filings().ofDocument(docId).stream().filter(f -> f.submission() != null)
                .findFirst().orElseThrow();
        assertThat(city.submittedOn()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(city.submission().reportNumber()).isEqualTo("清府规备字〔2025〕1号");
        assertThat(city.missing()).containsExactly(FilingMaterial.LEGALITY_OPINION);
        assertThat(city.submission().firstComplete()).isFalse();

        // the list follows: under 未报送 only the congress's filing is left
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#filingStatusFilter");
        robot.clickOn(listCell(robot, Texts.get("fui.all")));
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(table.getItems()).filteredOn(r -> r.filing().id().equals(city.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(FilingStatus.ON_TIME);
                    assertThat(r.remark()).contains("缺：合法性审核意见");
                });
        FxTestSupport.snapshot(scene, "filing-screen");
    }

    /** The entry of an open combo box's list: the same words also stand in the table's cells. */
    private static Node listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> text.equals(c.getText()))
                .<Node>query();
    }

    @Test
    void theCheckboxesStartFromTheAuthoritysChecklist(FxRobot robot) {
        robot.clickOn("#navFilings");
        TableView<FilingRow> table = robot.lookup("#filingTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn("县人大常委会");
        robot.clickOn("#filingSubmitButton");
        waitUntil(() -> robot.lookup("#filingSubmitDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#filingMaterial-REPORT").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#filingMaterial-ELECTRONIC_TEXT").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && Texts.get("button.cancel").equals(b.getText()))
                .<Node>query());
    }
}
