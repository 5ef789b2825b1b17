package org.normdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Permission;
import org.normdesk.service.Services;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.common.FxmlView;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;
import org.normdesk.ui.document.DocumentEditors;
import org.normdesk.ui.cleanup.CleanupView;
import org.normdesk.ui.cleanup.CleanupViewModel;
import org.normdesk.ui.filing.FilingView;
import org.normdesk.ui.filing.FilingViewModel;
import org.normdesk.ui.home.HomeView;
import org.normdesk.ui.home.HomeViewModel;
import org.normdesk.ui.imports.ImportWindows;
import org.normdesk.ui.laws.UpperLawsView;
import org.normdesk.ui.laws.UpperLawsViewModel;
import org.normdesk.ui.register.RegisterView;
import org.normdesk.ui.review.ReviewListView;
import org.normdesk.ui.review.ReviewListViewModel;
import org.normdesk.ui.review.ReviewWorkbenches;
import org.normdesk.ui.register.RegisterViewModel;
import org.normdesk.ui.settings.CalendarViewModel;
import org.normdesk.ui.settings.IssuersViewModel;
import org.normdesk.ui.settings.RiskRulesViewModel;
import org.normdesk.ui.settings.RulesViewModel;
import org.normdesk.ui.settings.SettingsView;
import org.normdesk.ui.settings.TemplatesViewModel;
import org.normdesk.ui.settings.UsersViewModel;

/**
 * The main window's content: menu bar, the navigation on the left (工作台, 文件台账, 设置; the later
 * screens of DESIGN.md §4 appear once they exist), and the current screen, each built on first use.
 */
public final class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("/css/normdesk.css").toExternalForm();

    private enum Screen { HOME, REGISTER, REVIEWS, FILINGS, CLEANUP, LAWS, SETTINGS }

    private final Services services;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors = e -> ErrorDialog.show(window(), e);
    private final HomeViewModel home;
    private final RegisterViewModel register;
    private final IssuersViewModel issuers;
    private final RulesViewModel rules;
    private final CalendarViewModel calendar;
    private final TemplatesViewModel templates;
    private final DocumentEditors editors;
    private final ReviewListViewModel reviewList;
    private final ReviewWorkbenches workbenches;
    private final FilingViewModel filings;
    private final CleanupViewModel cleanup;
    private final ImportWindows imports;
    private final BackupMenu backupMenu;
    private final EncryptionMenu encryptionMenu;
    private final UsersViewModel users;
    private final UpperLawsViewModel laws;
    private final RiskRulesViewModel riskRules;
    private final Map<Screen, Parent> built = new EnumMap<>(Screen.class);
    private final Map<Screen, Supplier<Parent>> builders = new EnumMap<>(Screen.class);

    @FXML private StackPane content;
    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton navHome;
    @FXML private ToggleButton navRegister;
    @FXML private ToggleButton navReviews;
    @FXML private ToggleButton navSettings;
    @FXML private ToggleButton navFilings;
    @FXML private ToggleButton navCleanup;
    @FXML private ToggleButton navLaws;
    @FXML private MenuItem newDocumentMenuItem;
    @FXML private MenuItem loadDemoMenuItem;
    @FXML private MenuItem importFilesMenuItem;
    @FXML private MenuItem importFolderMenuItem;
    @FXML private MenuItem backupNowMenuItem;
    @FXML private MenuItem restoreMenuItem;
    @FXML private MenuItem backupSettingsMenuItem;
    @FXML private MenuItem encryptionMenuItem;
    @FXML private MenuItem exportAllMenuItem;
    @FXML private MenuItem exitMenuItem;
    @FXML private MenuItem aboutMenuItem;
    @FXML private Label dataFolderLabel;

    private MainWindow(Services services, TaskRunner runner, DataRestorer restorer, EncryptionSwitcher switcher) {
        this.services = services;
        this.runner = runner;
        home = new HomeViewModel(services.register(), runner, errors);
        register = new RegisterViewModel(services.register(), services.issuers(), runner, errors);
        issuers = new IssuersViewModel(services.issuers(), runner, errors);
        rules = new RulesViewModel(services.rules(), runner, errors);
        calendar = new CalendarViewModel(services.calendar(), runner, errors, services.register().today());
        templates = new TemplatesViewModel(services.reviews(), runner, errors);
        editors = new DocumentEditors(services.register(), services.issuers(), runner, this::window,
                this::documentsChanged, STYLESHEET);
        home.setReviews(services.reviews());
        home.setFilings(services.filings());
        reviewList = new ReviewListViewModel(services.register(), services.reviews(), runner, errors);
        workbenches = new ReviewWorkbenches(services.reviews(), runner, this::window, services.register()::today,
                () -> {
                    documentsChanged();
                    editors.reloadClean();
                }, STYLESHEET);
        workbenches.setRisk(services.risk());
        workbenches.setSimilar(services.similar(), editors);
        editors.setWorkflow(services.reviews(), services.publication(), workbenches::open,
                services.session().current().name());
        issuers.setOnChanged(register::loadChoices);
        imports = new ImportWindows(services.imports(), services.issuers(), runner, this::window, errors,
                this::documentsChanged, STYLESHEET);
        builders.put(Screen.HOME, () -> HomeView.create(home, editors, workbenches::open));
        builders.put(Screen.REVIEWS, () -> ReviewListView.create(reviewList, workbenches::open));
        builders.put(Screen.REGISTER, () -> RegisterView.create(register, editors, imports::chooseFiles));
        users = services.session().current().can(Permission.MANAGE_USERS)
                ? new UsersViewModel(services.users(), runner, errors) : null;
        riskRules = new RiskRulesViewModel(services.riskRules(), runner, errors);
        builders.put(Screen.SETTINGS, () -> SettingsView.create(issuers, rules, calendar, templates, users, riskRules));
        filings = new FilingViewModel(services.filings(), services.incoming(), runner, errors, this::documentsChanged);
        builders.put(Screen.FILINGS, () -> FilingView.create(filings, workbenches::open));
        cleanup = new CleanupViewModel(services.cleanup(), services.issuers(), runner, errors, this::documentsChanged);
        builders.put(Screen.CLEANUP, () -> CleanupView.create(cleanup));
        laws = new UpperLawsViewModel(services.laws(), services.cleanup(), runner, errors);
        builders.put(Screen.LAWS, () -> UpperLawsView.create(laws));
        home.setCleanup(services.cleanup());
        backupMenu = new BackupMenu(services.backups(), services.fullExport(), runner, restorer, editors::closeAll);
        encryptionMenu = new EncryptionMenu(services.encrypted(), runner, switcher, editors::closeAll);
    }

    /** The window's content for open services; background work runs on a few worker threads. */
    public static Parent create(Services services) {
        return create(services, new FxTaskRunner(3));
    }

    public static Parent create(Services services, TaskRunner runner) {
        return create(services, runner, null);
    }

    /** @param restorer swaps the data under the window for a backup (null: 恢复… is not offered) */
    public static Parent create(Services services, TaskRunner runner, DataRestorer restorer) {
        return create(services, runner, restorer, null);
    }

    /** @param switcher switches the data file's encryption (null: 数据文件加密… is not offered) */
    public static Parent create(Services services, TaskRunner runner, DataRestorer restorer, EncryptionSwitcher switcher) {
        Parent root = FxmlView.MAIN_WINDOW.load(new MainWindow(services, runner, restorer, switcher));
        root.getStylesheets().add(STYLESHEET);
        return root;
    }

    @FXML
    private void initialize() {
        navHome.setUserData(Screen.HOME);
        navRegister.setUserData(Screen.REGISTER);
        navReviews.setUserData(Screen.REVIEWS);
        navSettings.setUserData(Screen.SETTINGS);
        navFilings.setUserData(Screen.FILINGS);
        navCleanup.setUserData(Screen.CLEANUP);
        navLaws.setUserData(Screen.LAWS);
        navigation.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one screen is always shown
            } else {
                show(screenOf(now));
            }
        });
        newDocumentMenuItem.setOnAction(e -> editors.openNew());
        importFilesMenuItem.setOnAction(e -> imports.chooseFiles());
        importFolderMenuItem.setOnAction(e -> imports.chooseFolder());
        imports.acceptDrops(content.getParent());
        loadDemoMenuItem.setOnAction(e -> DemoDataLoader.load(window(), services.demo(), runner, this::documentsChanged));
        backupNowMenuItem.setOnAction(e -> backupMenu.backupNow(window()));
        restoreMenuItem.setOnAction(e -> backupMenu.restore(window()));
        restoreMenuItem.setDisable(!backupMenu.canRestore() || !services.session().current().can(Permission.RESTORE));
        backupSettingsMenuItem.setOnAction(e -> backupMenu.settings(window()));
        encryptionMenuItem.setOnAction(e -> encryptionMenu.open(window()));
        encryptionMenuItem.setDisable(!encryptionMenu.available() || !services.session().current().can(Permission.RESTORE));
        exportAllMenuItem.setOnAction(e -> backupMenu.exportAll(window()));
        exitMenuItem.setOnAction(e -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        aboutMenuItem.setOnAction(e -> Prompts.inform(window(), Texts.get("about.title"),
                Texts.get("about.text", version(), services.folder())));
        dataFolderLabel.setText(Texts.get("main.dataFolder", services.folder()) + "　"
                + Texts.get("main.currentUser", services.session().current().describe()));
        // Before the main window goes, its editors go, each asking about unsaved changes. The handler
        // leaves the window with this content's scene: after a restore, the same window shows a new
        // main window, and the old one's handler would ask about each editor a second time.
        EventHandler<WindowEvent> editorsFirst = e -> {
            if (!editors.closeAll()) {
                e.consume();
            }
        };
        content.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, before, window) -> {
                    if (before != null) {
                        before.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, editorsFirst);
                    }
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, editorsFirst);
                    }
                });
            }
        });
        register.loadChoices();
        register.refresh();
        show(Screen.HOME);
    }

    private void show(Screen screen) {
        Parent view = built.computeIfAbsent(screen, s -> builders.get(s).get());
        content.getChildren().setAll(view);
        switch (screen) {
            case HOME -> home.refresh();
            case REGISTER -> register.refresh();
            case SETTINGS -> {
                issuers.refresh();
                rules.load();
                calendar.refresh();
                templates.refresh();
                riskRules.load();
                if (users != null) {
                    users.refresh();
                }
            }
            case REVIEWS -> reviewList.refresh();
            case FILINGS -> filings.refresh();
            case CLEANUP -> cleanup.refresh();
            case LAWS -> laws.refresh();
            default -> {
            }
        }
    }

    private void documentsChanged() {
        home.refresh();
        reviewList.refresh();
        register.refresh();
        register.loadChoices();
    }

    private static Screen screenOf(Toggle toggle) {
        return (Screen) toggle.getUserData();
    }

    private Window window() {
        return content == null || content.getScene() == null ? null : content.getScene().getWindow();
    }

    /** Implementation-Version of the jar; 开发版 when run from the build's classes. */
    static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? Texts.get("about.devVersion") : v;
    }
}
