package org.normdesk.app;

import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.normdesk.domain.Texts;
import org.normdesk.service.Services;
import org.normdesk.ui.common.UserMessages;
import org.normdesk.ui.main.MainWindow;

/**
 * The JavaFX application: opens the data folder's services, shows the main window, closes the
 * services when the window goes. Started by {@link Launcher}, which is not itself an Application
 * so that JavaFX can stay on the plain class path.
 */
public final class NormDeskApp extends Application {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    /** Application.launch creates the instance itself, so the data option travels in a static field. */
    private static volatile String dataOption;

    private Services services;
    private RuntimeException startupFailure;

    static void launchWindow(String option) {
        dataOption = option;
        // JavaFX's own texts (OK, Cancel, the calendar) follow the default locale: make it the UI's.
        Locale.setDefault(Texts.locale());
        Application.launch(NormDeskApp.class);
    }

    /** Runs on the launcher thread, before any window: opening and migrating the database may take a moment. */
    @Override
    public void init() {
        try {
            services = AppWiring.openServices(dataOption);
        } catch (RuntimeException e) {
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            refuseToStart(startupFailure);
            return;
        }
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(new Scene(MainWindow.create(services), WIDTH, HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }

    /**
     * The data folder cannot be used (in use, read-only, a newer database …): the message already
     * says what to do. Print it for scripts and logs, show it, and exit with status 1.
     */
    private static void refuseToStart(RuntimeException failure) {
        String message = UserMessages.describe(failure);
        System.err.println(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(Texts.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(Texts.get("startup.failed"));
        alert.showAndWait();
        Platform.exit();
        System.exit(1);
    }
}
