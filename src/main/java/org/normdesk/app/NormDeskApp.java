package org.normdesk.app;

/** The JavaFX application. (Being written.) */
public final class NormDeskApp {
    private NormDeskApp() {
    }

    static void launchWindow(String dataOption) {
        throw new UnsupportedOperationException("window not yet written");
    }
}
