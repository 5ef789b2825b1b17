package org.normdesk.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.normdesk.domain.Texts;

/** The 规则参数 tab: deadlines, validity defaults and numbering patterns, each with its RULES.md default. */
final class RulesPane {
    private final RulesViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    private RulesPane(RulesViewModel vm) {
        this.vm = vm;
    }

    static Node create(RulesViewModel vm) {
        return new RulesPane(vm).build();
    }

    private Node build() {
        grid.setHgap(10);
        grid.setVgap(6);
        section("settings.rules.section.deadlines");
        number("rulesReviewDays", "settings.rules.reviewDays", vm.reviewDays, "settings.rules.unit.workingDays");
        number("rulesCommentWorkingDays", "settings.rules.commentWorkingDays", vm.commentWorkingDays,
                "settings.rules.unit.workingDays");
        number("rulesCommentDaysMarket", "settings.rules.commentDaysMarket", vm.commentDaysMarket,
                "settings.rules.unit.days");
        number("rulesEffectiveGapDays", "settings.rules.effectiveGapDays", vm.effectiveGapDays,
                "settings.rules.unit.days");
        section("settings.rules.section.validity");
        number("rulesValidityYears", "settings.rules.validityYears", vm.validityYears, "settings.rules.unit.years");
        number("rulesTrialValidityYears", "settings.rules.trialValidityYears", vm.trialValidityYears,
                "settings.rules.unit.years");
        number("rulesAnnouncementValidityYears", "settings.rules.announcementValidityYears",
                vm.announcementValidityYears, "settings.rules.unit.years");
        number("rulesExpiryWindowMonths", "settings.rules.expiryWindowMonths", vm.expiryWindowMonths,
                "settings.rules.unit.months");
        section("settings.rules.section.filing");
        number("rulesCorrectionDays", "settings.rules.correctionDays", vm.correctionDays, "settings.rules.unit.days");
        number("rulesAnswerDays", "settings.rules.answerDays", vm.answerDays, "settings.rules.unit.days");
        section("settings.rules.section.numbering");
        text("rulesRegistrationTemplate", "settings.rules.registrationTemplate", vm.registrationTemplate);
        text("rulesOpinionTemplate", "settings.rules.opinionTemplate", vm.opinionTemplate);
        text("rulesReviewOffice", "settings.rules.reviewOffice", vm.reviewOffice);
        Label tokens = hint(Texts.get("settings.rules.tokens"));
        tokens.setMaxWidth(640);
        grid.add(tokens, 0, row++, 3, 1);

        Label problems = new Label();
        problems.setId("rulesProblems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        Label examples = hint("");
        examples.setId("rulesExamples");
        examples.textProperty().bind(vm.examplesProperty());
        Label status = new Label();
        status.setId("rulesStatus");
        status.textProperty().bind(vm.statusProperty());

        Button save = new Button(Texts.get("settings.rules.save"));
        save.setId("rulesSaveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.validProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Button defaults = new Button(Texts.get("settings.rules.defaults"));
        defaults.setId("rulesDefaultsButton");
        defaults.setOnAction(e -> vm.restoreDefaults());
        HBox buttons = new HBox(8, save, defaults, status);

        // The buttons and what is wrong come first, so that they stay in view on a small screen.
        VBox box = new VBox(8, hint(Texts.get("settings.rules.explanation")), buttons, problems, grid, examples);
        box.setPadding(new Insets(8, 0, 8, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void section(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("section-title");
        grid.add(l, 0, row++, 3, 1);
    }

    private void number(String id, String key, StringProperty value, String unitKey) {
        TextField field = field(id, value);
        field.setPrefColumnCount(5);
        grid.addRow(row++, new Label(Texts.get(key)), field, new Label(Texts.get(unitKey)));
    }

    private void text(String id, String key, StringProperty value) {
        TextField field = field(id, value);
        field.setPrefColumnCount(22);
        field.setMinWidth(320);
        grid.add(new Label(Texts.get(key)), 0, row);
        grid.add(field, 1, row++, 2, 1);
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
