package org.normdesk.ui.main;

/**
 * How the owner of the window switches the 数据文件加密 of the data it has open: like a restore, it
 * closes the services, rewrites the database file
 * ({@link org.normdesk.service.EncryptionService}), opens the data again with its new key and shows
 * a fresh main window after a new sign-in. Called off the FX thread.
 */
@FunctionalInterface
public interface EncryptionSwitcher {
    /**
     * @param newPassword the new 数据文件密码 (turns encryption on, or changes the password); null turns it off
     * @return whether the data is encrypted now
     */
    boolean switchTo(char[] newPassword);
}
