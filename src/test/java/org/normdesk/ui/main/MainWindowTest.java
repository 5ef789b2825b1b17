package org.normdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Texts;
import org.normdesk.domain.review.Material;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.ErrorDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as a user drives it, headless, on a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String ISSUER = "江城县人民政府";
    private static final String TITLE = "江城县城市绿化管理办法";

    // One data folder for the class, opened off the FX thread: opening (and migrating) a database
    // inside @Start would hold up the toolkit. The tests use documents of their own titles.
    private static Path folder;
    private static Services services;
    private Scene scene;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, Clock.fixed(LocalDate.of(2025, 3, 10).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai")), "tester");
        services.issuers().add(Issuer.create(ISSUER, "江政", IssuerCategory.GOVERNMENT, LocalDate.of(2020, 1, 1)));
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
    void createsADocumentSubmitsItAndFindsItInTheRegister(FxRobot robot) {
        robot.clickOn("#navRegister");
        robot.clickOn("#newDocumentButton");
        waitUntil(() -> !robot.lookup("#leadIssuerBox").queryComboBox().getItems().isEmpty());

        robot.clickOn("#titleField").write(TITLE);
        robot.clickOn("#leadIssuerBox");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> ISSUER.equals(c.getText())).<Node>query());
        robot.clickOn(Texts.get("editor.tab.text"));
        robot.clickOn("#fullTextArea").write("第一条 为了加强城市绿化管理，根据有关法律法规，结合本县实际，制定本办法。");
        robot.clickOn("#saveButton");

        waitUntil(() -> robot.lookup("#transition-SUBMIT").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        FxTestSupport.snapshot(robot.lookup("#saveButton").query().getScene(), "editor-saved");
        robot.clickOn("#transition-SUBMIT");
        submitWithEveryMaterial(robot);
        waitUntil(() -> org.normdesk.domain.Stage.SUBMITTED.label().equals(robot.lookup("#stageField").queryAs(TextField.class).getText()));
        dismiss(robot, "送审材料齐全");
        robot.clickOn("#closeButton");

        robot.clickOn("#searchField").write("绿化");
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1 && firstRowTexts(robot, table).contains(TITLE));
        assertThat(table.getItems().get(0).title()).isEqualTo(TITLE);
        assertThat(firstRowTexts(robot, table)).contains(TITLE, ISSUER, org.normdesk.domain.Stage.SUBMITTED.label());
        FxTestSupport.snapshot(scene, "register-search");
    }

    @Test
    void aRefusedStageChangeShowsTheReasonInChinese(FxRobot robot) {
        long issuerId = services.issuers().all().get(0).id();
        services.register().create(NormativeDocument.draft("江城县户外广告设置管理规定", issuerId, DocumentKind.PROVISIONS));
        robot.clickOn("#navRegister");
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        // Select and press 打开: a double click can arrive as two single clicks on a busy build machine.
        robot.clickOn("江城县户外广告设置管理规定");
        robot.clickOn("#openDocumentButton");
        waitUntil(() -> robot.lookup("#transition-SUBMIT").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        robot.clickOn("#transition-SUBMIT");
        submitWithEveryMaterial(robot);
        waitUntil(() -> robot.lookup("#" + ErrorDialog.PANE_ID).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#" + ErrorDialog.PANE_ID).queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("送审稿正文为空，请先录入或导入正文再送审。");
        assertThat(robot.lookup("#stageField").queryAs(TextField.class).getText()).isEqualTo(org.normdesk.domain.Stage.DRAFTING.label());
    }

    @Test
    void aBadDocNumberIsPointedOutAndBlocksSaving(FxRobot robot) {
        robot.clickOn("#navRegister");
        robot.clickOn("#newDocumentButton");
        ComboBox<?> issuers = robot.lookup("#leadIssuerBox").queryComboBox();
        waitUntil(() -> !issuers.getItems().isEmpty());
        robot.interact(() -> issuers.getSelectionModel().select(0));
        robot.clickOn("#titleField").write("关于加强城市绿化的通知");
        robot.clickOn("#docNumberField").write("江政发2017-3");

        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        waitUntil(() -> problems.getText().contains("格式不对"));
        assertThat(problems.getText()).contains("文号“江政发2017-3”格式不对");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        FxTestSupport.snapshot(problems.getScene(), "editor-bad-docnumber");
    }

    /** The 送审 dialog: the drafting unit names itself, ticks every material and gives a 30-day comment period. */
    private static void submitWithEveryMaterial(FxRobot robot) {
        waitUntil(() -> robot.lookup("#submitDialog").tryQuery().isPresent());
        for (Material m : Material.required(false)) {
            robot.clickOn("#material-" + m.name());
        }
        robot.interact(() -> {
            robot.lookup("#submittedBy").queryAs(TextField.class).setText("县城市管理局");
            robot.lookup("#commentFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 1, 2));
            robot.lookup("#commentTo").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 2, 14));
        });
        okIn(robot, robot.lookup("#submitDialog").queryAs(DialogPane.class));
    }

    /** Closes the message box that says {@code text}. */
    private static void dismiss(FxRobot robot, String text) {
        waitUntil(() -> messageBox(robot, text) != null);
        okIn(robot, messageBox(robot, text));
    }

    private static DialogPane messageBox(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains(text)
                        && p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    private static void okIn(FxRobot robot, DialogPane pane) {
        robot.clickOn(pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(pane::lookupButton).findFirst().orElseThrow());
    }

    /** What the first row of the table shows on screen, cell by cell. */
    private static List<String> firstRowTexts(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell").match((TableRow<?> r) -> r.getIndex() == 0)
                .tryQuery().map(row -> robot.from(row).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                        .map(Labeled::getText).toList())
                .orElse(List.of());
    }
}
