package org.normdesk.service;

import java.util.Optional;

import org.normdesk.store.FileEncryption;
import org.normdesk.store.PasswordSource;

/**
 * The key an open data folder (or a checked backup) was opened with, as the window and the command
 * line hold it: opaque, it says only whether the data is encrypted. Handing it back to a restore or
 * an encryption switch spares asking for the 数据文件密码 again. It holds the derived key, never the
 * password, and prints as neither.
 */
public final class DataKey {
    private static final DataKey PLAIN = new DataKey(FileEncryption.plain());

    private final FileEncryption.Key key;

    private DataKey(FileEncryption.Key key) {
        this.key = key;
    }

    static DataKey of(FileEncryption.Key key) {
        return key == null || !key.encrypted() ? PLAIN : new DataKey(key);
    }

    /** The key of unencrypted data. */
    public static DataKey plain() {
        return PLAIN;
    }

    public boolean encrypted() {
        return key.encrypted();
    }

    FileEncryption.Key key() {
        return key;
    }

    /** The store's side of a {@link DataPassword}: the known key first, then the prompt. */
    static PasswordSource source(DataPassword password) {
        return PasswordSource.known(password.known().map(DataKey::key).orElse(null), password::ask);
    }

    static Optional<DataKey> known(FileEncryption.Key key) {
        return Optional.ofNullable(key).map(DataKey::of);
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
