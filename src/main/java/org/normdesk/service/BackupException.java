package org.normdesk.service;

/**
 * A backup could not be written, or a backup file cannot be restored. The message is a complete
 * Chinese sentence for the user (what is wrong, what to do); the data in use is untouched.
 */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
