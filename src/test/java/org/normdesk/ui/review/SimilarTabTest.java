package org.normdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.Submission;
import org.normdesk.service.Services;
import org.normdesk.service.SimilarCorpus;
import org.normdesk.service.SimilarDocumentsService.SimilarDocument;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.document.DocumentEditors;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 相似文件 tab of the review workbench, opened as the main window opens it (ReviewWorkbenches
 * with the document editors as opener), on drafts under review against the corpus documents in force.
 */
@ExtendWith(ApplicationExtension.class)
class SimilarTabTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @TempDir
    static Path dir;
    private static Services services;
    private static Map<String, Long> ids;
    private static long revisedDraft;
    private static long otherMatterDraft;
    private FxTaskRunner runner;
    private ReviewWorkbenches workbenches;

    @BeforeAll
    static void open() throws Exception {
        FxTestSupport.relaxTimeouts();
        services = Services.open(dir.resolve("data"), Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE), "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        ids = SimilarCorpus.register(services, gov.id());
        revisedDraft = underReview(gov, SimilarCorpus.revisedRelicsTitle(), SimilarCorpus.revisedRelicsText());
        ExtractionResult grain = SimilarCorpus.read(SimilarCorpus.file(SimilarCorpus.GRAIN_REWARDS));
        otherMatterDraft = underReview(gov, grain.title().value(), grain.text());
    }

    /** A draft sent with every material and accepted: what a reviewer opens the workbench on. */
    private static long underReview(Issuer gov, String title, String text) {
        long id = services.register().create(NormativeDocument.draft(title, gov.id(), DocumentKind.MEASURES).toBuilder()
                .draftingUnit("县文化旅游局").fullText(text).build()).id();
        services.reviews().submit(id, new Submission(null, TODAY, "县文化旅游局", 0,
                EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS, Material.PUBLIC_COMMENTS,
                        Material.OWN_LEGAL_OPINION), TODAY.minusDays(30), TODAY.minusDays(10)));
        services.reviews().accept(id, "审核员甲");
        return id;
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        stage.setScene(new Scene(new Label("normdesk"), 300, 200));
        stage.show();
        DocumentEditors editors = new DocumentEditors(services.register(), services.issuers(), runner, () -> stage,
                () -> { }, null);
        workbenches = new ReviewWorkbenches(services.reviews(), runner, () -> stage, () -> TODAY, () -> { }, null);
        workbenches.setSimilar(services.similar(), editors);
    }

    @AfterEach
    void close() {
        FxTestSupport.closeAllWindows();
        runner.close();
    }

    @Test
    void theOriginalIsListedWithItsScoreAndEnterOpensIt(FxRobot robot) {
        robot.interact(() -> workbenches.open(revisedDraft));
        waitUntil(() -> robot.lookup("#articleList").tryQuery().isPresent());
        robot.clickOn("相似文件");
        TableView<SimilarDocument> table = robot.lookup("#" + SimilarPane.TABLE_ID).queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        String originalTitle = services.register().find(SimilarCorpus.id(ids, SimilarCorpus.RELICS)).orElseThrow().title();
        SimilarDocument first = table.getItems().get(0);
        assertThat(first.title()).isEqualTo(originalTitle);
        assertThat(cellTexts(robot)).contains(originalTitle, "清政规〔2023〕5号", "清河县人民政府", "现行有效",
                SimilarViewModel.score(first.score()));
        assertThat(first.score()).isGreaterThan(0.8);
        assertThat(robot.lookup("#similarSummary").queryAs(Label.class).getText())
                .startsWith("已比对 7 件现行有效").contains(table.getItems().size() + " 件涉及相同事项");
        FxTestSupport.snapshot(table.getScene(), "workbench-similar");

        // Enter on the selected row opens the original in the document editor, as the register does
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().contains(originalTitle)));
    }

    @Test
    void aDraftOnAnotherMatterShowsThePlaceholder(FxRobot robot) {
        robot.interact(() -> workbenches.open(otherMatterDraft));
        waitUntil(() -> robot.lookup("#articleList").tryQuery().isPresent());
        robot.clickOn("相似文件");
        waitUntil(() -> robot.lookup("#similarSummary").queryAs(Label.class).getText().contains("没有涉及相同事项"));
        TableView<SimilarDocument> table = robot.lookup("#" + SimilarPane.TABLE_ID).queryTableView();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("没有现行有效的文件涉及相同事项。").tryQuery()).isPresent();
        FxTestSupport.snapshot(table.getScene(), "workbench-similar-none");
    }

    private static java.util.List<String> cellTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // the cells wrap their text: it is shown as a Text graphic
        return robot.lookup(n -> n instanceof TableCell<?, ?> c && c.getTableView() != null
                        && SimilarPane.TABLE_ID.equals(c.getTableView().getId()) && c.getGraphic() instanceof Text)
                .queryAllAs(TableCell.class).stream().map(c -> ((Text) c.getGraphic()).getText()).toList();
    }
}
