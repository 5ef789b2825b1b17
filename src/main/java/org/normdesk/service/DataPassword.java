package org.normdesk.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the 数据文件密码 of an encrypted data folder (or backup) comes from: the window's prompt, the
 * command line's variable or console, a test. Asked only when the data is encrypted, and only when a
 * key already known (the open data's) does not fit it.
 */
@FunctionalInterface
public interface DataPassword {

    /**
     * @param where  the data folder or backup file the password is for (a prompt names it)
     * @param retry  true when the password given before was wrong (a prompt says so and asks again)
     * @return the password, or empty when the user gives none (closed the prompt, no variable, no console)
     */
    Optional<char[]> ask(Path where, boolean retry);

    /** A key already derived, tried before anything is asked. */
    default Optional<DataKey> known() {
        return Optional.empty();
    }

    /** For unencrypted data: encrypted data is refused with "需要数据文件密码". */
    DataPassword NONE = (where, retry) -> Optional.empty();

    /** One password, given once: a wrong one is refused, not asked again. */
    static DataPassword given(char[] password) {
        return (where, retry) -> retry || password == null ? Optional.empty() : Optional.of(password.clone());
    }

    /** {@code key} first (null: none); when it does not fit the data, {@code otherwise} is asked. */
    static DataPassword known(DataKey key, DataPassword otherwise) {
        return new DataPassword() {
            @Override
            public Optional<char[]> ask(Path where, boolean retry) {
                return otherwise.ask(where, retry);
            }

            @Override
            public Optional<DataKey> known() {
                return Optional.ofNullable(key);
            }
        };
    }
}
