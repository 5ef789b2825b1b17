package org.normdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Articles;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.service.Services;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One draft through the whole workflow in the real windows: 送审 with a material missing, 退回补正,
 * 重新送审, 受理, two findings in the workbench, the outcome and 办结, 集体审议, 统一登记 and 公布.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWorkflowUiTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "清河县养犬管理办法";
    private static final String TEXT = """
            第一条 为了规范养犬行为，制定本办法。
            第二条 养犬人应当办理养犬登记，并缴纳管理费200元。
            第三条 违反本办法的，由公安机关处以500元罚款。
            """;

    @TempDir
    static Path dir;
    private static Services services;
    private FxTaskRunner runner;

    /** The data folder is made off the FX thread: migrating it can take a while on a busy machine. */
    @BeforeAll
    static void open() {
        System.setProperty("testfx.setup.timeout", "120000");
        services = Services.open(dir.resolve("data"),
                Clock.fixed(LocalDate.of(2025, 3, 10).atStartOfDay(ZONE).toInstant(), ZONE), "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        services.register().create(NormativeDocument.draft(TITLE, gov.id(), DocumentKind.MEASURES)
                .toBuilder().draftingUnit("县公安局").fullText(TEXT).build());
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        stage.setScene(new Scene(MainWindow.create(services, runner), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void aDraftGoesFromSubmissionToPublication(FxRobot robot) throws Exception {
        // open the draft from 文件台账
        robot.clickOn("#navRegister");
        waitFor(() -> robot.lookup(TITLE).tryQuery().isPresent());
        // (a double-click is two separate clicks on a busy build machine: select, then 打开)
        robot.clickOn(firstRow(robot, "#registerTable"));
        robot.clickOn("#openDocumentButton");
        waitFor(() -> stageIs(robot, "起草中"));

        // 送审 without 本单位合法性审核意见: incomplete, 退回补正 with the reason prefilled
        robot.clickOn("#transition-SUBMIT");
        assertThat(robot.lookup("#submittedBy").queryAs(TextField.class).getText()).isEqualTo("县公安局");
        robot.clickOn("#material-DRAFT_AND_EXPLANATION").clickOn("#material-LEGAL_BASIS")
                .clickOn("#material-PUBLIC_COMMENTS");
        commentPeriod(robot);
        ok(robot, "#submitDialog");
        waitFor(() -> robot.lookup("#incompleteDialog").tryQuery().isPresent());
        DialogPane incomplete = robot.lookup("#incompleteDialog").queryAs(DialogPane.class);
        assertThat(incomplete.getContentText()).contains("本单位合法性审核意见");
        robot.clickOn(button(incomplete, ButtonBar.ButtonData.OK_DONE));
        waitFor(() -> robot.lookup("#promptText").tryQuery().isPresent());
        assertThat(robot.lookup("#promptText").queryAs(TextArea.class).getText())
                .isEqualTo("送审材料不齐全，缺少：本单位合法性审核意见。");
        ok(robot, robot.lookup("#promptText").query());
        waitFor(() -> stageIs(robot, "退回补正"));

        // 重新送审 with every material: complete
        robot.clickOn("#transition-RESUBMIT");
        robot.clickOn("#material-DRAFT_AND_EXPLANATION").clickOn("#material-LEGAL_BASIS")
                .clickOn("#material-PUBLIC_COMMENTS").clickOn("#material-OWN_LEGAL_OPINION");
        commentPeriod(robot);
        ok(robot, "#submitDialog");
        waitFor(() -> stageIs(robot, "已送审"));
        okOnAlert(robot, "送审材料齐全");

        // 受理: the review appears in 合法性审核 with its deadline
        robot.clickOn("#transition-ACCEPT");
        waitFor(() -> stageIs(robot, "审核中"));
        // the editor is owned by the main window and stays above it: close it, as a reviewer would
        robot.clickOn("#closeButton");
        waitFor(() -> robot.lookup("#stageBadge").tryQuery().isEmpty());
        robot.clickOn("#navReviews");
        waitFor(() -> robot.lookup("2025年3月31日").tryQuery().isPresent());
        assertThat(robot.lookup("剩余15个工作日").tryQuery()).isPresent();
        snapshot(robot, robot.lookup("#reviewTable").query().getScene().getRoot(), "review-list.png");

        // the workbench: two findings, the first on the article selected on the left
        // (the editor behind also shows the title: click the row of the review table itself)
        robot.clickOn(firstRow(robot, "#reviewTable"));
        robot.clickOn("#openButton");
        waitFor(() -> robot.lookup("#articleList").tryQuery().isPresent()
                && articleCell(robot, "第二条").isPresent());
        // 风险提示: the scan points at the fine set in 第三条, and marks the article in the text
        robot.clickOn("风险提示");
        waitFor(() -> robot.lookup("#riskTable").queryAs(TableView.class).getItems().stream()
                .anyMatch(f -> f instanceof RiskFinding r && r.articleRef().equals("第三条")
                        && r.category() == RiskCategory.PENALTY));
        // the article is marked, its clause underlined and the words that set the fine in bold red
        ListCell<?> third = (ListCell<?>) articleCell(robot, "第三条").orElseThrow();
        assertThat(third.getStyleClass()).contains("risk-article");
        assertThat(robot.from(third).lookup(".risk-words").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).isNotEmpty()
                .allSatisfy(words -> assertThat("由公安机关处以500元罚款").contains(words))
                .anySatisfy(words -> assertThat(words).contains("罚"));
        assertThat(robot.from(articleCell(robot, "第一条").orElseThrow()).lookup(".risk-sentence").tryQuery()).isEmpty();
        // choosing the finding brings its article forward in the text
        robot.clickOn(robot.from(robot.lookup("#riskTable").<Node>query()).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof RiskFinding f
                        && f.category() == RiskCategory.PENALTY).<Node>query());
        assertThat(robot.lookup("#articleList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().getSelectedItem()).extracting("label").isEqualTo("第三条");
        snapshot(robot, robot.lookup("#riskTable").query().getScene().getRoot(), "workbench-risk.png");
        robot.clickOn("审核意见");

        robot.clickOn(articleCell(robot, "第二条").orElseThrow());
        robot.clickOn("#addFindingButton");
        assertThat(robot.lookup("#findingArticle").queryAs(TextField.class).getText()).isEqualTo("第二条");
        finding(robot, ChecklistItem.SETS_LICENSING_OR_PENALTY, "县级规范性文件不得设定收费，建议删除“并缴纳管理费200元”。",
                "《中华人民共和国行政许可法》第五十八条");
        waitFor(() -> findings(robot) == 1);
        robot.clickOn(articleCell(robot, "第三条").orElseThrow());
        robot.clickOn("#addFindingButton");
        finding(robot, ChecklistItem.SETS_LICENSING_OR_PENALTY, "规范性文件不得设定行政处罚，建议删除。",
                "《中华人民共和国行政处罚法》第十六条");
        waitFor(() -> findings(robot) == 2);
        snapshot(robot, robot.lookup("#findingTable").query().getScene().getRoot(), "workbench.png");

        // outcome and 办结: the 意见书 gets its number
        robot.clickOn("审核结论与意见书");
        robot.interact(() -> ReviewWorkflowUiTest.<ReviewOutcome>combo(robot, "#outcomeBox")
                .setValue(ReviewOutcome.AMEND));
        robot.interact(() -> robot.lookup("#overallArea").queryAs(TextArea.class)
                .setText("送审稿部分条款设定收费和行政处罚，应当予以修改。"));
        robot.clickOn("#finishButton");
        okOnAlert(robot, "办结后将给出审核意见书编号");
        waitFor(() -> alertWith(robot, "意见书编号：清司审〔2025〕1号") != null);
        okOnAlert(robot, "意见书编号：清司审〔2025〕1号");
        waitFor(() -> "意见书编号：清司审〔2025〕1号".equals(robot.lookup("#opinionNumberLabel").queryAs(Label.class)
                .getText()));
        robot.interact(() -> robot.lookup("#findingTable").query().getScene().getWindow().hide());

        // back in the register: the draft is 已审核; open it for 集体审议
        robot.clickOn("#navRegister");
        waitFor(() -> robot.lookup("已审核").tryQuery().isPresent());
        robot.clickOn(firstRow(robot, "#registerTable"));
        robot.clickOn("#openDocumentButton");
        waitFor(() -> stageIs(robot, "已审核"));
        robot.clickOn("#transition-DELIBERATE");
        robot.interact(() -> {
            ReviewWorkflowUiTest.<MeetingKind>combo(robot, "#meeting").setValue(MeetingKind.STANDING);
            ReviewWorkflowUiTest.<DeliberationDecision>combo(robot, "#decision")
                    .setValue(DeliberationDecision.APPROVED);
            robot.lookup("#session").queryAs(TextField.class).setText("第12次常务会议");
        });
        ok(robot, "#deliberateDialog");
        waitFor(() -> stageIs(robot, "已审议"));

        // 统一登记: the register gives 清规〔2025〕001
        robot.clickOn("#transition-REGISTER");
        okOnAlert(robot, "进行统一登记");
        waitFor(() -> alertWith(robot, "清规〔2025〕001") != null);
        okOnAlert(robot, "登记编号：清规〔2025〕001");
        waitFor(() -> stageIs(robot, "已登记编号"));
        assertThat(robot.lookup("#registrationNumberField").queryAs(TextField.class).getText())
                .isEqualTo("清规〔2025〕001");

        // 公布: 有效期至 follows 施行日期; the check runs as the user types
        robot.clickOn("#transition-PUBLISH");
        waitFor(() -> robot.lookup("#pubProblems").queryAs(Label.class).getText().contains("文号"));
        robot.interact(() -> {
            robot.lookup("#pubDocNumber").queryAs(TextField.class).setText("清政发〔2025〕3号");
            robot.lookup("#pubEffectiveOn").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 4, 10));
        });
        waitFor(() -> LocalDate.of(2030, 4, 9).equals(robot.lookup("#pubValidUntil").queryAs(DatePicker.class)
                .getValue()));
        waitFor(() -> robot.lookup("#pubProblems").queryAs(Label.class).getText().equals("未发现问题，可以公布。"));
        ok(robot, "#publishDialog");
        waitFor(() -> stageIs(robot, "已公布"));
        assertThat(services.register().page(org.normdesk.domain.RegisterQuery.firstPage()).rows().get(0).docNumber())
                .isEqualTo("清政发〔2025〕3号");
    }

    /** The article's line in the workbench text, marked ⚠ or not. */
    private static java.util.Optional<Node> articleCell(FxRobot robot, String label) {
        return robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof Articles.Article a
                && a.label().equals(label)).tryQuery();
    }

    private static Node firstRow(FxRobot robot, String tableId) {
        Node table = robot.lookup(tableId).query();
        return robot.from(table).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && !r.isEmpty()).query();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return (ComboBox<T>) robot.lookup(id).queryAs(ComboBox.class);
    }

    private static void commentPeriod(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#commentFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 2, 10));
            robot.lookup("#commentTo").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 2, 21));
        });
    }

    private static void finding(FxRobot robot, ChecklistItem category, String opinion, String basis) {
        robot.interact(() -> {
            ReviewWorkflowUiTest.<ChecklistItem>combo(robot, "#findingCategory").setValue(category);
            robot.lookup("#findingOpinion").queryAs(TextInputControl.class).setText(opinion);
            robot.lookup("#findingBasis").queryAs(TextInputControl.class).setText(basis);
        });
        ok(robot, "#findingDialog");
    }

    private static int findings(FxRobot robot) {
        return robot.lookup("#findingTable").queryAs(TableView.class).getItems().size();
    }

    private static boolean stageIs(FxRobot robot, String stage) {
        return robot.lookup("#stageBadge").tryQuery().map(n -> stage.equals(((Label) n).getText())).orElse(false);
    }

    private static void ok(FxRobot robot, String paneId) {
        waitFor(() -> robot.lookup(paneId).tryQuery().isPresent());
        DialogPane pane = robot.lookup(paneId).queryAs(DialogPane.class);
        robot.clickOn(button(pane, ButtonBar.ButtonData.OK_DONE));
    }

    private static void ok(FxRobot robot, Node inDialog) {
        Node n = inDialog;
        while (!(n instanceof DialogPane)) {
            n = n.getParent();
        }
        robot.clickOn(button((DialogPane) n, ButtonBar.ButtonData.OK_DONE));
    }

    private static DialogPane alertWith(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains(text)
                        && p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    private static void okOnAlert(FxRobot robot, String text) {
        waitFor(() -> alertWith(robot, text) != null);
        robot.clickOn(button(alertWith(robot, text), ButtonBar.ButtonData.OK_DONE));
    }

    private static Button button(DialogPane pane, ButtonBar.ButtonData data) {
        return pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data)
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting; windows: " + describeWindows(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is on screen when a wait times out: each window's title and a picture of it. */
    private static String describeWindows() {
        StringBuilder out = new StringBuilder();
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                int i = 0;
                for (Window w : Window.getWindows()) {
                    out.append("[").append(w instanceof Stage s ? s.getTitle() : w.getClass().getSimpleName())
                            .append(w.isShowing() ? "" : " hidden").append("] ");
                    if (w.getScene() != null) {
                        try {
                            Path dir = Path.of("target", "snapshots");
                            Files.createDirectories(dir);
                            ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().getRoot().snapshot(null, null), null),
                                    "png", dir.resolve("timeout-window-" + (i++) + ".png").toFile());
                        } catch (IOException ignored) {
                            // the titles are still worth having
                        }
                    }
                }
            }).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            out.append("(could not look: ").append(e).append(")");
        }
        return out.toString();
    }

    /** A picture for a person to look at (target/snapshots, not committed). */
    private static void snapshot(FxRobot robot, Node node, String name) throws IOException {
        Path out = Path.of("target", "snapshots");
        Files.createDirectories(out);
        var image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.resolve(name).toFile());
    }
}
