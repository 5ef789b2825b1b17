package org.normdesk.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.RegistrationResult;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 备案 screen from a published document's filing to 予以备案登记 by way of 暂缓办理 and 补正, each
 * step through its dialog as a reviewer clicks it.
 */
@ExtendWith(ApplicationExtension.class)
class FilingDeferralFlowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static Path folder;
    private static Services services;
    private static long docId;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, CLOCK, "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        LocalDate on = LocalDate.of(2025, 6, 1);
        NormativeDocument d = services.register().create(NormativeDocument.draft("清河县养犬管理办法", gov.id(),
                        DocumentKind.MEASURES).toBuilder().stage(org.normdesk.domain.Stage.PUBLISHED)
                .docNumber("清政发〔2025〕3号").publishedOn(on).effectiveOn(on.plusDays(30)).validUntil(on.plusYears(5))
                .build());
        services.filings().createMissing(d.id());
        docId = d.id();
    }

    @AfterAll
    static void closeServices() {
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(MainWindow.create(services), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    @Test
    void aDeferredFilingIsCorrectedAndThenRegistered(FxRobot robot) {
        robot.clickOn("#navFilings");
        TableView<FilingRow> table = robot.lookup("#filingTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        Supplier<Filing> city = () -> services.filings().ofDocument(docId).stream()
                .filter(f -> f.submission() != null).findFirst().orElse(null);

        robot.clickOn("市人民政府");
        robot.clickOn("#filingSubmitButton");
        waitUntil(() -> robot.lookup("#filingSubmitDialog").tryQuery().isPresent());
        ok(robot);
        waitUntil(() -> city.get() != null);

        robot.clickOn("市人民政府");
        robot.clickOn("#filingRegisterButton");
        waitUntil(() -> robot.lookup("#filingRegisterDialog").tryQuery().isPresent());
        robot.clickOn("#filingRegistrationResult");
        robot.clickOn(listCell(robot, RegistrationResult.DEFERRED.label()));
        FxTestSupport.snapshot(robot.lookup("#filingRegisterDialog").query().getScene(), "filing-deferral-dialog");
        ok(robot);
        waitUntil(() -> city.get().registration() != null);
        // no day named: the 补正 is due after the period in 设置 → 规则参数 (15 days by default)
        assertThat(city.get().registration().result()).isEqualTo(RegistrationResult.DEFERRED);
        assertThat(city.get().registration().correctionDue()).isEqualTo(TODAY.plusDays(15));

        robot.clickOn("市人民政府");
        robot.clickOn("#filingCorrectButton");
        waitUntil(() -> robot.lookup("#filingCorrectDialog").tryQuery().isPresent());
        ok(robot);
        waitUntil(() -> city.get().registration().correctedOn() != null);

        robot.clickOn("市人民政府");
        robot.clickOn("#filingRegisterButton");
        waitUntil(() -> robot.lookup("#filingRegisterDialog").tryQuery().isPresent());
        robot.clickOn("#filingRegistrationResult");
        robot.clickOn(listCell(robot, RegistrationResult.REGISTERED.label()));
        ok(robot);
        waitUntil(() -> city.get().registration().result() == RegistrationResult.REGISTERED);

        Filing done = city.get();
        assertThat(done.registration().correctedOn()).isEqualTo(TODAY);
        assertThat(done.passedWithoutCorrection()).as("a 暂缓 before the registration is remembered").isFalse();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.filing().id().equals(done.id())
                && r.filing().registration() != null
                && r.filing().registration().result() == RegistrationResult.REGISTERED));
        assertThat(List.copyOf(table.getItems())).filteredOn(r -> r.filing().id().equals(done.id())).singleElement()
                .satisfies(r -> assertThat(r.filing().registration().result().label())
                        .isEqualTo(RegistrationResult.REGISTERED.label()));
    }

    private static void ok(FxRobot robot) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && Texts.get("button.ok").equals(b.getText()))
                .<Node>query());
    }

    /** The entry of an open combo box's list: the same words may stand in the table's cells. */
    private static Node listCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> text.equals(c.getText()))
                .<Node>query();
    }
}
