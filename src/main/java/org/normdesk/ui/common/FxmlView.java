package org.normdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import org.normdesk.domain.Texts;

/**
 * Every FXML file of the window (they live in the top-level {@code fxml/} folder), loaded with
 * the message bundle and with a controller that the caller has already built with its
 * dependencies, instead of one the FXMLLoader would create without them.
 */
public enum FxmlView {
    MAIN_WINDOW("main_window.fxml"),
    HOME("home.fxml"),
    REGISTER("register.fxml"),
    DOCUMENT_EDITOR("document_editor.fxml"),
    SETTINGS("settings.fxml"),
    ISSUER_FORM("issuer_form.fxml"),
    REVIEW_LIST("review_list.fxml"),
    REVIEW_WORKBENCH("review_workbench.fxml");

    private final String file;

    FxmlView(String file) {
        this.file = file;
    }

    public String resource() {
        return "/fxml/" + file;
    }

    public Parent load(Object controller) {
        FXMLLoader loader = new FXMLLoader(FxmlView.class.getResource(resource()), Texts.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(file + " wants a " + type.getName() + ", got "
                        + controller.getClass().getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource(), e);
        }
    }
}
