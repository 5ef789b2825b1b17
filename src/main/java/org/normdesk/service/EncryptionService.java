package org.normdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.Permission;
import org.normdesk.store.FileEncryption;

/**
 * 数据文件加密: turning the encryption of a data folder's database on, changing its password, turning
 * it off. Like a restore, each replaces the database file, so it runs on a folder no normdesk has
 * open and only someone who may restore (the 管理员, or the trusted local account) may do it. Each is
 * recorded in the audit log of the data as it is afterwards.
 */
public final class EncryptionService {
    /**
     * The shortest 数据文件密码. Not a setting: the setting table lives inside the file this password
     * protects, and a rule that could be weakened from inside the data would protect nothing.
     */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private EncryptionService() {
    }

    /** What the folder's encryption is, read without opening (or asking for) anything. */
    public record Status(boolean encrypted, String algorithm, int iterations) {
    }

    public static Status status(Path folder) {
        if (!FileEncryption.isEncrypted(folder)) {
            return new Status(false, null, 0);
        }
        FileEncryption.Marker marker = FileEncryption.marker(folder);
        return new Status(true, marker.algorithm(), marker.iterations());
    }

    /**
     * Turns encryption on (when {@code current} is plain) or changes the password (when it is not).
     *
     * @param current  the key the data was open with ({@link Services#dataKey()}, taken before closing)
     * @param repeated the new password typed a second time (null when it was given once, by a script)
     * @return the new key, to open the folder again
     * @throws RuleViolation when {@code actor} may not, or the new password is too short or not repeated the same
     */
    public static DataKey encrypt(Path folder, Clock clock, Actor actor, DataKey current, char[] newPassword,
                                  char[] repeated) {
        actor.require(Permission.RESTORE);
        requireGood(newPassword, repeated);
        FileEncryption.Key next = FileEncryption.encrypt(folder, current.key(), newPassword);
        record(folder, clock, actor, next, current.encrypted() ? "REKEY" : "ENCRYPT",
                current.encrypted() ? "encryption.audit.rekeyed" : "encryption.audit.on", current.encrypted(), true);
        return DataKey.of(next);
    }

    /** Turns encryption off: the database file is written plain again. */
    public static void decrypt(Path folder, Clock clock, Actor actor, DataKey current) {
        actor.require(Permission.RESTORE);
        FileEncryption.decrypt(folder, current.key());
        record(folder, clock, actor, FileEncryption.plain(), "DECRYPT", "encryption.audit.off", true, false);
    }

    /**
     * The rules for a new 数据文件密码 (the window checks before it closes anything).
     *
     * @param repeated the password typed a second time; null when given once
     * @throws RuleViolation too short, or not repeated the same
     */
    public static void requireGood(char[] password, char[] repeated) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation(Problem.error("password", "encryption.passwordTooShort", MIN_PASSWORD_LENGTH));
        }
        if (repeated != null && !Arrays.equals(password, repeated)) {
            throw new RuleViolation(Problem.error("password", "encryption.passwordMismatch"));
        }
    }

    /** The switch is done (and verified); the data, opened with its new key, records who did it. */
    private static void record(Path folder, Clock clock, Actor actor, FileEncryption.Key key, String action,
                               String summaryKey, boolean before, boolean after) {
        try (Services s = Services.open(folder, clock, Session.trusted(actor.name()),
                DataPassword.known(DataKey.of(key), DataPassword.NONE))) {
            s.backups().recordDataEvent(action, Texts.get(summaryKey), Map.of("encrypted", before),
                    Map.of("encrypted", after));
        }
    }
}
