package org.normdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ChineseDatesTest {
    private static final LocalDate MARCH_16 = LocalDate.of(2025, 3, 16);

    @Test
    void formatsTheChineseWay() {
        assertThat(ChineseDates.format(MARCH_16)).isEqualTo("2025年3月16日");
        assertThat(ChineseDates.format(LocalDateTime.of(2025, 3, 16, 9, 5))).isEqualTo("2025年3月16日 09:05");
        assertThat(ChineseDates.format((LocalDate) null)).isEmpty();
    }

    @Test
    void readsTheWaysPeopleTypeDates() {
        for (String typed : new String[] {"2025-03-16", "2025/3/16", "2025年3月16日", "2025.3.16", " 2025-3-16 ",
                "２０２５年３月１６日", "2025年3月16"}) {
            assertThat(ChineseDates.parse(typed)).as(typed).contains(MARCH_16);
        }
    }

    @Test
    void impossibleOrUnreadableDatesAreNotGuessed() {
        assertThat(ChineseDates.parse("2025-02-30")).isEmpty();
        assertThat(ChineseDates.isUnreadable("2025-02-30")).isTrue();
        assertThat(ChineseDates.isUnreadable("去年春天")).isTrue();
        assertThat(ChineseDates.isUnreadable("")).isFalse();
        assertThat(ChineseDates.isUnreadable(null)).isFalse();
    }

    @Test
    void converterGivesUnreadableTextBackSoThePickerDoesNotWipeIt() {
        ChineseDateConverter converter = new ChineseDateConverter();
        assertThat(converter.fromString("2025-02-30")).isNull();
        assertThat(converter.toString(null)).isEqualTo("2025-02-30");
        assertThat(converter.fromString("2025/3/16")).isEqualTo(MARCH_16);
        assertThat(converter.toString(MARCH_16)).isEqualTo("2025年3月16日");
        assertThat(converter.toString(null)).isEmpty();
    }
}
