package org.normdesk.ui.settings;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FxmlView;
import org.normdesk.ui.common.Prompts;

/** 设置 (settings.fxml): 制定主体清单, 规则参数, 工作日历, 常用修改意见 and 风险规则, one tab each. */
public final class SettingsView {
    private final IssuersViewModel viewModel;
    private final RulesViewModel rules;
    private final CalendarViewModel calendar;
    private final TemplatesViewModel templates;
    private final UsersViewModel users;
    private final RiskRulesViewModel riskRules;

    @FXML private TableView<Issuer> issuerTable;
    @FXML private Button addIssuerButton;
    @FXML private Button editIssuerButton;
    @FXML private Button retireIssuerButton;
    @FXML private Tab rulesTab;
    @FXML private Tab calendarTab;
    @FXML private Tab templatesTab;

    private SettingsView(IssuersViewModel viewModel, RulesViewModel rules, CalendarViewModel calendar,
                         TemplatesViewModel templates, UsersViewModel users, RiskRulesViewModel riskRules) {
        this.riskRules = riskRules;
        this.viewModel = viewModel;
        this.rules = rules;
        this.calendar = calendar;
        this.templates = templates;
        this.users = users;
    }

    public static Parent create(IssuersViewModel viewModel, RulesViewModel rules, CalendarViewModel calendar,
                                TemplatesViewModel templates) {
        return create(viewModel, rules, calendar, templates, null);
    }

    /** @param users the 用户 tab's model; null when the user is no 管理员 (the tab is not shown) */
    public static Parent create(IssuersViewModel viewModel, RulesViewModel rules, CalendarViewModel calendar,
                                TemplatesViewModel templates, UsersViewModel users) {
        return create(viewModel, rules, calendar, templates, users, null);
    }

    /** @param riskRules the 风险规则 tab's model; null: the tab is not shown */
    public static Parent create(IssuersViewModel viewModel, RulesViewModel rules, CalendarViewModel calendar,
                                TemplatesViewModel templates, UsersViewModel users, RiskRulesViewModel riskRules) {
        return FxmlView.SETTINGS.load(new SettingsView(viewModel, rules, calendar, templates, users, riskRules));
    }

    @FXML
    private void initialize() {
        rulesTab.setContent(RulesPane.create(rules));
        calendarTab.setContent(CalendarPane.create(calendar));
        templatesTab.setContent(TemplatesPane.create(templates));
        if (riskRules != null) {
            Tab riskTab = new Tab(Texts.get("settings.riskRules"), RiskRulesPane.create(riskRules));
            riskTab.setId("riskRulesTab");
            templatesTab.getTabPane().getTabs().add(riskTab);
        }
        if (users != null) {
            Tab usersTab = new Tab(Texts.get("settings.users"), UsersPane.create(users));
            usersTab.setId("usersTab");
            templatesTab.getTabPane().getTabs().add(usersTab);
        }
        issuerTable.getColumns().setAll(List.of(
                column("issuers.column.name", Issuer::name, 260),
                column("issuers.column.shortName", i -> i.shortName() == null ? "" : i.shortName(), 100),
                column("issuers.column.category", i -> i.category().label(), 160),
                column("issuers.column.listedSince", i -> ChineseDates.format(i.listedSince()), 130),
                column("issuers.column.status", IssuersViewModel::status, 180)));
        issuerTable.setItems(viewModel.issuers());
        issuerTable.setRowFactory(table -> {
            TableRow<Issuer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        var selected = issuerTable.getSelectionModel().selectedItemProperty();
        addIssuerButton.setOnAction(e -> add());
        editIssuerButton.disableProperty().bind(selected.isNull().or(viewModel.busyProperty()));
        editIssuerButton.setOnAction(e -> edit(selected.get()));
        retireIssuerButton.disableProperty().bind(selected.isNull().or(viewModel.busyProperty())
                .or(Bindings.createBooleanBinding(
                        () -> selected.get() != null && selected.get().isRetired(), selected)));
        retireIssuerButton.setOnAction(e -> retire(selected.get()));
    }

    private void add() {
        IssuerFormView.showDialog(window(), viewModel.newForm()).ifPresent(saved -> viewModel.changed());
    }

    private void edit(Issuer issuer) {
        IssuerFormView.showDialog(window(), viewModel.editForm(issuer)).ifPresent(saved -> viewModel.changed());
    }

    private void retire(Issuer issuer) {
        if (Prompts.confirm(window(), Texts.get("issuers.retire"), Texts.get("issuers.retire.confirm", issuer.name()))) {
            viewModel.retire(issuer);
        }
    }

    private Window window() {
        return issuerTable.getScene().getWindow();
    }

    private static TableColumn<Issuer, String> column(String key, Function<Issuer, String> text, double width) {
        TableColumn<Issuer, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
