package org.normdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every key the window uses exists in both bundles, and the bundles have the same keys (as in JabRef). */
class MessagesTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.]*)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Texts\\.get\\(\\s*\"([\\w.]+)\"\\s*[,)]");

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByTheWindowExists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("fxml"), FXML_KEY, used);
        collect(Path.of("src/main/java/org/normdesk/ui"), CODE_KEY, used);
        collect(Path.of("src/main/java/org/normdesk/app"), CODE_KEY, used);
        assertThat(used).hasSizeGreaterThan(50);
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(used);
        }
    }

    private static void collect(Path root, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
