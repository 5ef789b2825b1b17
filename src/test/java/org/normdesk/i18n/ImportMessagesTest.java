package org.normdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.ImportFailure;
import org.normdesk.domain.extract.ReadProblem;

/** Every reason a file can fail has a sentence in Chinese and in English (keys built from the enum escape the code scan). */
class ImportMessagesTest {
    @AfterEach
    void chineseAgain() {
        Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyReadProblemHasBothSentences() {
        for (ReadProblem p : ReadProblem.values()) {
            Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
            String zh = new ImportFailure("a.docx", p, "x").message();
            assertThat(zh).as(p.name()).doesNotStartWith("!").contains("a.docx");
            Texts.setLocale(Locale.ENGLISH);
            assertThat(new ImportFailure("a.docx", p, "x").message()).as(p.name()).doesNotStartWith("!").isNotEqualTo(zh);
        }
    }
}
