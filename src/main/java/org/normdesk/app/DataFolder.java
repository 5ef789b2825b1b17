package org.normdesk.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a user's register lives: {@code --data DIR}, else the NORMDESK_DATA variable, else the
 * per-user folder of the operating system (%APPDATA%\normdesk on Windows,
 * $XDG_DATA_HOME/normdesk or ~/.local/share/normdesk elsewhere).
 */
public final class DataFolder {
    public static final String ENV = "NORMDESK_DATA";
    private static final String NAME = "normdesk";

    private DataFolder() {
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (present(option)) {
            return Path.of(option).toAbsolutePath();
        }
        if (present(env.get(ENV))) {
            return Path.of(env.get(ENV)).toAbsolutePath();
        }
        if (osName.toLowerCase().startsWith("windows")) {
            String appData = env.get("APPDATA");
            return present(appData) ? Path.of(appData, NAME) : Path.of(userHome, "AppData", "Roaming", NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, NAME);
        }
        return Path.of(userHome, ".local", "share", NAME);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
