package org.normdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.service.RegisterService;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opens every screen on a small register and saves a picture of each under target/ui-snapshots,
 * so that a person can check the Chinese text and the layout; also checks the screens filled in.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSnapshotsTest {
    private static Path folder;
    private static Services services;
    private static long reviewedId;
    private Scene scene;

    @BeforeAll
    static void fillRegister() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, Clock.systemDefaultZone(), "张审核");
        var government = services.issuers().add(Issuer.create("江城县人民政府", "江政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2016, 1, 1)));
        var office = services.issuers().add(Issuer.create("江城县人民政府办公室", "江政办", IssuerCategory.GOVERNMENT_OFFICE,
                LocalDate.of(2016, 1, 1)));
        var market = services.issuers().add(Issuer.create("江城县市场监督管理局", "江市监", IssuerCategory.DEPARTMENT,
                LocalDate.of(2019, 3, 1)));
        services.issuers().add(Issuer.create("城关镇人民政府", "城政", IssuerCategory.TOWNSHIP, LocalDate.of(2016, 1, 1)));
        RegisterService register = services.register();
        LocalDate today = register.today();
        published(government.id(), "江城县城市绿化管理办法", "江政发〔2021〕3号", today.minusYears(3), today.plusMonths(4));
        published(office.id(), "江城县农村集体“三资”管理实施细则（试行）", "江政办发〔2022〕12号", today.minusYears(2),
                today.plusMonths(2));
        published(market.id(), "江城县个体工商户登记管理规定", "江市监发〔2023〕5号", today.minusYears(1), null);
        long lateFiling = published(government.id(), "关于进一步优化营商环境的实施意见", "江政发〔2024〕1号",
                today.minusMonths(5), today.plusYears(4));
        services.filings().createMissing(lateFiling); // published five months ago and never filed: overdue
        published(office.id(), "江城县政府信息公开工作规定", "江政办发〔2018〕8号", today.minusYears(6),
                today.minusMonths(1));
        var draft = register.create(NormativeDocument.draft("江城县户外广告设置管理办法", government.id(),
                DocumentKind.MEASURES).toBuilder().draftingUnit("县城市管理局").fullText("第一条 为了规范户外广告设置……").build());
        register.transition(draft.id(), TransitionRequest.of(Transition.SUBMIT));
        register.transition(draft.id(), TransitionRequest.of(Transition.ACCEPT));
        register.transition(draft.id(), TransitionRequest.finishReview(ReviewOutcome.AMEND));
        reviewedId = draft.id();
        register.create(NormativeDocument.draft("江城县住宅小区物业管理办法", office.id(), DocumentKind.MEASURES));
    }

    private static long published(long issuerId, String title, String number, LocalDate on, LocalDate validUntil) {
        return services.register().create(NormativeDocument.draft(title, issuerId, DocumentKind.guessFromTitle(title))
                .toBuilder().stage(org.normdesk.domain.Stage.PUBLISHED).docNumber(number).signedOn(on.minusDays(10))
                .publishedOn(on).effectiveOn(on.plusDays(30)).validUntil(validUntil).marketRelated(true)
                .fullText("第一条 为了……，根据……，结合本县实际，制定本办法。").build()).id();
    }

    @AfterAll
    static void close() {
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
    void everyScreenFillsIn(FxRobot robot) {
        Label total = robot.lookup("#totalLabel").queryAs(Label.class);
        TableView<?> expiring = robot.lookup("#expiringTable").queryTableView();
        waitUntil(() -> "7".equals(total.getText()) && expiring.getItems().size() == 2);
        ListView<?> filings = robot.lookup("#filingDeadlineList").queryListView();
        waitUntil(() -> !filings.getItems().isEmpty());
        assertThat(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("【逾期未报】关于进一步优化营商环境的实施意见")).tryQuery()).isPresent();
        FxTestSupport.snapshot(scene, "home");

        robot.clickOn("#navRegister");
        TableView<?> table = robot.lookup("#registerTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 7);
        FxTestSupport.snapshot(scene, "register");

        robot.clickOn("#navSettings");
        TableView<?> issuers = robot.lookup("#issuerTable").queryTableView();
        waitUntil(() -> issuers.getItems().size() == 4);
        FxTestSupport.snapshot(scene, "settings");
        robot.clickOn(Texts.get("settings.rules"));
        waitUntil(() -> "15".equals(robot.lookup("#rulesReviewDays").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#rulesExamples").queryAs(Label.class).getText()).contains("清规〔");
        FxTestSupport.snapshot(scene, "settings-rules");
        robot.clickOn(Texts.get("settings.calendar"));
        TableView<?> years = robot.lookup("#calendarYearTable").queryTableView();
        waitUntil(() -> years.getItems().size() >= 12);
        FxTestSupport.snapshot(scene, "settings-calendar");
        robot.clickOn(Texts.get("settings.templates"));
        robot.clickOn("#templateStartersButton");
        TableView<?> templates = robot.lookup("#templateTable").queryTableView();
        waitUntil(() -> templates.getItems().size() >= 8);
        FxTestSupport.snapshot(scene, "settings-templates");
        robot.clickOn(Texts.get("settings.issuers"));

        robot.clickOn("#navRegister");
        // Select and press 打开: a double click can arrive as two single clicks on a busy build machine.
        robot.clickOn("江城县户外广告设置管理办法");
        robot.clickOn("#openDocumentButton");
        waitUntil(() -> robot.lookup("#transition-DELIBERATE").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        Scene editor = robot.lookup("#saveButton").query().getScene();
        FxTestSupport.snapshot(editor, "editor-basic");
        robot.clickOn(Texts.get("editor.tab.history"));
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() == 4);
        robot.interact(() -> history.getSelectionModel().select(3));
        FxTestSupport.snapshot(editor, "editor-history");
        assertThat(reviewedId).isPositive();
    }
}
