package org.normdesk.store;

/**
 * The data folder or its database cannot be used. The message is a complete Chinese sentence for
 * the user: what is wrong and what to do. Nothing has been written when it is thrown.
 */
public class DataFolderException extends RuntimeException {
    public DataFolderException(String message) {
        super(message);
    }

    public DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
