package org.normdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskSeverity;

/** The labels of the risk and law enums (keys built from prefix + name) exist in Chinese and English. */
class RiskMessagesTest {
    @AfterEach
    void chineseAgain() {
        Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyConstantHasALabelInBothBundles() {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Texts.setLocale(l);
            Stream.of(RiskCategory.values(), RiskSeverity.values(), LawStatus.values())
                    .flatMap(Stream::of).map(c -> (Labelled) c)
                    .forEach(c -> assertThat(c.label()).as(l + " " + c.name()).doesNotStartWith("!"));
        }
        Texts.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(RiskCategory.SHORT_GAP.label()).isEqualTo("施行日期距公布不足30日");
        assertThat(LawStatus.REPEALED.label()).isEqualTo(LawStatus.REPEALED.chinese());
    }
}
