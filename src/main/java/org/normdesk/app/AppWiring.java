package org.normdesk.app;

import java.time.Clock;

import org.normdesk.service.Services;
import org.normdesk.service.DataPassword;

/** Opens the services of the data folder chosen by the user (or the default one). */
final class AppWiring {

    private AppWiring() {
    }

    /**
     * Signed out when the folder has users (the window asks who is there, the command line takes
     * --user); until the first 管理员 exists, the operating-system user acts as the local system account.
     */
    static Services openServices(String dataOption) {
        return openServices(dataOption, DataPassword.NONE);
    }

    /** The same for a folder that may be encrypted: {@code password} is asked for its 数据文件密码 when it is. */
    static Services openServices(String dataOption, DataPassword password) {
        return openServices(dataOption, password, () -> { });
    }

    /** The same, with {@code beforeUpkeep} run once the database is open (see {@link Services#openSignedOut}). */
    static Services openServices(String dataOption, DataPassword password, Runnable beforeUpkeep) {
        return Services.openSignedOut(DataFolder.resolve(dataOption), Clock.systemDefaultZone(), currentUser(), password,
                beforeUpkeep);
    }

    /** The operating-system user: the local system account's name (upkeep on opening, a folder without users). */
    static String currentUser() {
        return System.getProperty("user.name", "unknown");
    }
}
