package org.normdesk.ui.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The home screen's 即将到期 and 已过有效期 lists, and 延长有效期 from the editor opened from them:
 * the lapsed document comes back into force and leaves the list; pictures under target/ui-snapshots.
 */
@ExtendWith(ApplicationExtension.class)
class ExpiryScreenTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
    private static final String LAPSED = "江城县城市绿化管理办法";
    private static final String SOON = "江城县农村集体“三资”管理实施细则（试行）";
    private static Path folder;
    private static Services services;
    private static long lapsedId;
    private Scene scene;

    @BeforeAll
    static void fillRegister() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        // First as of a day when both documents are in force, then reopened later: the passing of time expires one.
        try (Services before = Services.open(folder, clockOn(LocalDate.of(2025, 1, 1)), "张审核")) {
            Issuer government = before.issuers().add(Issuer.create("江城县人民政府", "江政", IssuerCategory.GOVERNMENT,
                    LocalDate.of(2016, 1, 1)));
            lapsedId = published(before, government.id(), LAPSED, "江政发〔2020〕3号", LocalDate.of(2020, 8, 1),
                    LocalDate.of(2025, 8, 31));
            published(before, government.id(), SOON, "江政发〔2023〕12号", LocalDate.of(2023, 11, 1),
                    LocalDate.of(2025, 11, 30));
            published(before, government.id(), "江城县个体工商户登记管理规定", "江政发〔2024〕5号", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2029, 1, 30));
        }
        services = Services.open(folder, clockOn(TODAY), "张审核");
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private static long published(Services s, long issuerId, String title, String number, LocalDate on,
                                  LocalDate validUntil) {
        return s.register().create(NormativeDocument.draft(title, issuerId, DocumentKind.guessFromTitle(title))
                .toBuilder().stage(org.normdesk.domain.Stage.PUBLISHED).docNumber(number).signedOn(on.minusDays(10))
                .publishedOn(on).effectiveOn(on.plusDays(30)).validUntil(validUntil)
                .fullText("第一条 为了……，根据……，结合本县实际，制定本办法。").build()).id();
    }

    @AfterAll
    static void close() {
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(MainWindow.create(services), 1280, 860);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    @Test
    void theListsShowBothSidesOfTheEndAndAnExtensionBringsADocumentBack(FxRobot robot) {
        TableView<RegisterRow> soon = robot.lookup("#expiringTable").queryTableView();
        TableView<RegisterRow> lapsed = robot.lookup("#lapsedTable").queryTableView();
        waitUntil(() -> soon.getItems().size() == 1 && lapsed.getItems().size() == 1);
        assertThat(soon.getItems().get(0).title()).isEqualTo(SOON);
        assertThat(lapsed.getItems().get(0).title()).isEqualTo(LAPSED);
        assertThat(robot.lookup("#expiringLabel").queryAs(Label.class).getText()).startsWith("即将到期（6个月内");
        assertThat(robot.lookup("#lapsedLabel").queryAs(Label.class).getText()).startsWith("已过有效期（近6个月内");
        assertThat(robot.from(lapsed).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> c.getText())).contains("2025年8月31日", "15天");
        FxTestSupport.snapshot(scene, "home-expiry");

        // the row opens the document: selected, then Enter (a double-click does the same, but its two
        // clicks can arrive too far apart on a loaded machine to count as one)
        Node row = robot.from(lapsed).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == 0 && !r.isEmpty()).query();
        robot.clickOn(row);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#extendValidityButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        assertThat(robot.lookup("#validityField").queryAs(TextField.class).getText()).isEqualTo(Validity.EXPIRED.label());
        Scene editor = robot.lookup("#saveButton").query().getScene();

        robot.clickOn("#extendValidityButton");
        waitUntil(() -> robot.lookup("#extendProblems").tryQuery().isPresent());
        Label problems = robot.lookup("#extendProblems").queryAs(Label.class);
        waitUntil(() -> problems.getText().contains("请填写延长后的有效期至日期"));
        assertThat(okButton(robot).isDisabled()).isTrue();
        // a date not later than the current one is refused as it is typed
        robot.interact(() -> robot.lookup("#extendUntil").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 8, 1)));
        robot.clickOn("#extendBasis").write("经评估需继续实施（县司法局评估报告，县政府常务会议纪要〔2025〕15号）");
        waitUntil(() -> problems.getText().contains("须晚于现在的有效期至（2025年8月31日）"));
        assertThat(okButton(robot).isDisabled()).isTrue();
        robot.interact(() -> {
            robot.lookup("#extendUntil").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 8, 31));
            robot.lookup("#extendDecidedOn").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 8, 20));
        });
        // lapsed already: a warning, not a refusal
        waitUntil(() -> problems.getText().startsWith("⚠") && !okButton(robot).isDisabled());
        assertThat(robot.lookup("#extendBasis").queryAs(TextArea.class).getText()).contains("评估报告");
        FxTestSupport.snapshot(problems.getScene(), "extend-dialog");
        robot.clickOn(okButton(robot));

        waitUntil(() -> Validity.IN_FORCE.label().equals(robot.lookup("#validityField").queryAs(TextField.class).getText()));
        robot.clickOn(Texts.get("editor.tab.history"));
        TableView<AuditEvent> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() == 3);
        assertThat(history.getItems()).extracting(AuditEvent::action).containsExactly("CREATE", "EXPIRY", "EXTEND_VALIDITY");
        assertThat(history.getItems().get(1).actor()).isEqualTo("系统");
        FxTestSupport.snapshot(editor, "extend-history");
        assertThat(services.register().find(lapsedId).orElseThrow().validUntil()).isEqualTo(LocalDate.of(2027, 8, 31));

        // the register tells the home screen; the document leaves 已过有效期
        robot.clickOn("#closeButton");
        waitUntil(() -> lapsed.getItems().isEmpty());
    }

    private static javafx.scene.control.Button okButton(FxRobot robot) {
        DialogPane pane = robot.lookup("#extendValidityDialog").queryAs(DialogPane.class);
        return (javafx.scene.control.Button) pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(pane::lookupButton).findFirst().orElseThrow();
    }

}
