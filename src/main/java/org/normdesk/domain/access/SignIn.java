package org.normdesk.domain.access;

import java.time.LocalDateTime;

import org.normdesk.domain.Texts;

/**
 * The outcome of a sign-in attempt.
 *
 * @param user          the signed-in user (OK only)
 * @param attemptsLeft  wrong passwords still allowed before the account locks (WRONG_PASSWORD)
 * @param lockedUntil   when a locked account opens again (LOCKED)
 */
public record SignIn(Outcome outcome, User user, int attemptsLeft, LocalDateTime lockedUntil) {

    public enum Outcome { OK, WRONG_PASSWORD, LOCKED, DISABLED, UNKNOWN_USER }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** What to tell the user (empty for OK). */
    public String message() {
        return switch (outcome) {
            case OK -> "";
            case WRONG_PASSWORD -> Texts.get("signIn.wrongPassword", attemptsLeft);
            case LOCKED -> Texts.get("signIn.locked", lockedUntil.toLocalDate() + " "
                    + lockedUntil.toLocalTime().withNano(0));
            case DISABLED -> Texts.get("signIn.disabled");
            case UNKNOWN_USER -> Texts.get("signIn.unknownUser");
        };
    }
}
