package org.normdesk.domain.access;

import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Problem;

/**
 * The office's rules for signing in (settings with defaults, changed by the 管理员).
 *
 * @param maxFailures       wrong passwords in a row that lock the account
 * @param lockMinutes       how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted for a new or reset password
 */
public record LoginPolicy(int maxFailures, int lockMinutes, int minPasswordLength) {
    public static final LoginPolicy DEFAULTS = new LoginPolicy(5, 15, 8);
    /** bcrypt reads no more than 72 bytes of a password; a longer one would be cut without a word. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (maxFailures < 1 || maxFailures > 100) {
            out.add(Problem.error("maxFailures", "users.policy.maxFailures", 1, 100));
        }
        if (lockMinutes < 1 || lockMinutes > 24 * 60) {
            out.add(Problem.error("lockMinutes", "users.policy.lockMinutes", 1, 24 * 60));
        }
        if (minPasswordLength < 6 || minPasswordLength > 24) {
            out.add(Problem.error("minPasswordLength", "users.policy.minPasswordLength", 6, 24));
        }
        return out;
    }

    /**
     * The problems of a new password: long enough, at least two kinds of characters (letters, digits,
     * others) so that 12345678 does not pass, not the user's name, and within bcrypt's 72 bytes.
     */
    public List<Problem> passwordProblems(String userName, char[] password) {
        List<Problem> out = new ArrayList<>();
        String p = new String(password);
        if (p.codePointCount(0, p.length()) < minPasswordLength) {
            out.add(Problem.error("password", "users.password.tooShort", minPasswordLength));
        }
        boolean letters = p.codePoints().anyMatch(Character::isLetter);
        boolean digits = p.codePoints().anyMatch(Character::isDigit);
        boolean others = p.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        if ((letters ? 1 : 0) + (digits ? 1 : 0) + (others ? 1 : 0) < 2) {
            out.add(Problem.error("password", "users.password.oneKind"));
        }
        if (userName != null && !userName.isBlank() && p.toLowerCase().contains(userName.strip().toLowerCase())) {
            out.add(Problem.error("password", "users.password.containsName"));
        }
        if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            out.add(Problem.error("password", "users.password.tooLong", MAX_PASSWORD_BYTES));
        }
        return out;
    }
}
