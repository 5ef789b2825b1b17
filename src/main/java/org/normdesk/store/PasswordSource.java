package org.normdesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the 数据文件密码 of an encrypted data folder comes from when the folder is opened (the
 * store's side of {@code service.PasswordSource}: the window's prompt, the command line's variable or
 * console, a test). Asked only when the folder's database file is encrypted.
 */
@FunctionalInterface
public interface PasswordSource {

    /**
     * @param retry true when the password given before was wrong (a prompt says so and asks again)
     * @return the password, or empty when the user gives none (closed the prompt, no variable, no console)
     */
    Optional<char[]> ask(Path folder, boolean retry);

    /** A key already derived (the open session's): used when it fits the file, before anything is asked. */
    default Optional<FileEncryption.Key> known() {
        return Optional.empty();
    }

    /** {@code key} first; when it does not fit the file, {@code otherwise} is asked. */
    static PasswordSource known(FileEncryption.Key key, PasswordSource otherwise) {
        return new PasswordSource() {
            @Override
            public Optional<char[]> ask(Path folder, boolean retry) {
                return otherwise.ask(folder, retry);
            }

            @Override
            public Optional<FileEncryption.Key> known() {
                return Optional.ofNullable(key);
            }
        };
    }

    /** For plain folders: an encrypted one is refused with "需要数据文件密码". */
    PasswordSource NONE = (folder, retry) -> Optional.empty();

    /** One password, given once: a wrong one is refused, not asked again. */
    static PasswordSource given(char[] password) {
        return (folder, retry) -> retry || password == null ? Optional.empty() : Optional.of(password.clone());
    }
}
