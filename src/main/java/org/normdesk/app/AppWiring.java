package org.normdesk.app;

import java.time.Clock;

import org.normdesk.service.Services;

/** Opens the services of the data folder chosen by the user (or the default one). */
final class AppWiring {

    private AppWiring() {
    }

    static Services openServices(String dataOption) {
        return Services.open(DataFolder.resolve(dataOption), Clock.systemDefaultZone(), currentUser());
    }

    /** Until local accounts exist, audit events name the operating-system user. */
    static String currentUser() {
        return System.getProperty("user.name", "unknown");
    }
}
