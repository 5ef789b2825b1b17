package org.normdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Labelled;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Transition;
import org.normdesk.domain.Validity;

/**
 * Every message key the code and the FXML views use exists in both bundles, Chinese and English,
 * and the two bundles hold the same keys.
 */
class MessageBundlesTest {
    /** Texts.get("key"…), bundle getString("key"), %key in FXML. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Texts\\.get|getString|\\bt|\\btext)\\(\\s*\"([A-Za-z][\\w.]*\\.[\\w.]*\\w)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.]*)\"");
    private static final Pattern PROBLEM_KEY = Pattern.compile(
            "Problem\\.(?:error|warning)\\(\\s*\"\\w+\"\\s*,\\s*\"([\\w.]+)\"");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Properties zh = load("/i18n/messages.properties");
        Properties en = load("/i18n/messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty();
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInCodeAndViewsExists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/java"), ".java", used, CODE_KEY, PROBLEM_KEY);
        collect(Path.of("fxml"), ".fxml", used, FXML_KEY);
        for (Class<? extends Labelled> e : Set.of(Stage.class, Validity.class, IssuerCategory.class,
                DocumentKind.class, Transition.class, ReviewOutcome.class, EndOfForce.class, RegisterColumn.class)) {
            Arrays.stream(e.getEnumConstants()).forEach(c -> used.add(c.labelPrefix() + "." + c.name()));
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(load("/i18n/messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("/i18n/messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    private static void collect(Path root, String suffix, Set<String> into, Pattern... patterns) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Pattern p : patterns) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        into.add(m.group(1));
                    }
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
