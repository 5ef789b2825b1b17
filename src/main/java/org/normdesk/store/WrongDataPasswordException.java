package org.normdesk.store;

/**
 * The data folder is encrypted and the 数据文件密码 given was wrong, or none was given. Never a sign
 * of a damaged database: the file was not opened, let alone changed, so the way out is to give the
 * right password, not to restore a backup.
 */
public class WrongDataPasswordException extends DataFolderException {
    private final boolean missing;

    public WrongDataPasswordException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    /** No password was given at all (as opposed to a wrong one). */
    public boolean missing() {
        return missing;
    }
}
