package org.normdesk.app;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The first window a start shows, and the moment it is on screen. */
final class FirstWindow {
    private FirstWindow() {
    }

    /**
     * Runs {@code then} on the FX thread once the next window to be shown has been laid out and
     * painted (the pulse after it was shown), with that window. Call before showing it.
     */
    static void whenPainted(java.util.function.Consumer<Window> then) {
        ListChangeListener<Window> listener = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                while (change.next()) {
                    for (Window shown : change.getAddedSubList()) {
                        Window.getWindows().removeListener(this);
                        shown.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> then.accept(shown)));
                        return;
                    }
                }
            }
        };
        Window.getWindows().addListener(listener);
    }
}
