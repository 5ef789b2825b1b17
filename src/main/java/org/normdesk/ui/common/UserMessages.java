package org.normdesk.ui.common;

import java.util.Set;

import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;

/** Turns a failure into the sentence the user reads; never a stack trace, never English jargon. */
public final class UserMessages {

    /**
     * Exceptions of the store whose message is already a sentence for the user (see their
     * javadoc). Named, not imported: the window may not depend on the store layer.
     */
    private static final Set<String> USER_FACING = Set.of("StaleDataException", "DataFolderException");

    private UserMessages() {
    }

    public static String describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof UnsupportedOperationException) {
            return Texts.get("error.notYetAvailable");
        }
        String message = e.getMessage();
        if (message != null && (isRefusal(e) || USER_FACING.contains(e.getClass().getSimpleName())
                || containsChinese(message))) {
            return message;
        }
        return Texts.get("error.unexpected");
    }

    /** A rule of the field said no: the user can fix it; it is not a fault of the program. */
    public static boolean isRefusal(Throwable error) {
        return unwrap(error) instanceof RuleViolation;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        // Wrappers that add nothing for the user (e.g. from a CompletableFuture or reflection).
        while (e.getCause() != null && (e instanceof java.util.concurrent.CompletionException
                || e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.lang.reflect.InvocationTargetException)) {
            e = e.getCause();
        }
        return e;
    }

    private static boolean containsChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
