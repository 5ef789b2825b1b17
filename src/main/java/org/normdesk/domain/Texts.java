package org.normdesk.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one door to the UTF-8 message bundles (zh_CN by default, en). Every layer, the domain's
 * refusals included, speaks to the user through these keys so that the CLI and the window say
 * the same words.
 */
public final class Texts {
    public static final String BUNDLE = "i18n.messages";

    /** Chinese first; the English bundle only when the user asks for it. */
    private static volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

    // Without this, a machine whose default locale is English would fall back to the English
    // bundle before the Chinese base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** The text of a key, with {0}-style arguments filled in; a missing key shows itself, not a crash. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
