package org.normdesk.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RulePack;

class PublicationTest {
    private final RulePack rules = RulePack.defaults();
    private final NormativeDocument measures = NormativeDocument.draft("清河县养犬管理办法", 1L, DocumentKind.MEASURES);

    @Test
    void validityDefaultsByKind() {
        LocalDate effective = LocalDate.of(2025, 4, 1);
        assertThat(Publication.defaultValidUntil(measures, effective, rules)).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(Publication.defaultValidUntil(measures.toBuilder().trial(true).build(), effective, rules))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Publication.defaultValidUntil(measures.toBuilder().kind(DocumentKind.ANNOUNCEMENT).build(),
                effective, rules)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void anEarlyEntryIntoForceWithoutAReasonIsAWarning() {
        Publication p = new Publication("清政发〔2025〕3号", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null, null);
        assertThat(p.problems(rules)).singleElement().satisfies(x -> {
            assertThat(x.isError()).isFalse();
            assertThat(x.message()).startsWith("施行日期距公布日期只有0日，不足30日");
        });
        Publication withReason = new Publication("清政发〔2025〕3号", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                null, "涉及疫情防控，不立即施行将有碍规定施行");
        assertThat(withReason.problems(rules)).isEmpty();
    }

    @Test
    void missingNumberAndDatesAreErrors() {
        assertThat(new Publication(" ", null, null, null, null).problems(rules)).extracting(Problem::field)
                .containsExactly("docNumber", "publishedOn", "effectiveOn");
    }
}
