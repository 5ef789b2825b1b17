package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTemplateTest {
    @Test
    void formatsThePatternsOfRulesSection3() {
        assertThat(new NumberTemplate("杨管规〔{year}〕{seq:3}").format(2012, 1, null)).isEqualTo("杨管规〔2012〕001");
        assertThat(new NumberTemplate("HFGS—{year}—{seq}").format(2017, 9, null)).isEqualTo("HFGS—2017—9");
        assertThat(new NumberTemplate("HNPR—{year}—{seq:5}").format(2024, 123, null)).isEqualTo("HNPR—2024—00123");
        assertThat(new NumberTemplate("{issuer}规〔{year}〕{seq:3}").format(2025, 12, "清财")).isEqualTo("清财规〔2025〕012");
    }

    @Test
    void perIssuerPatternsCountEachIssuerApart() {
        NumberTemplate t = new NumberTemplate("{issuer}规〔{year}〕{seq:3}");
        assertThat(t.perIssuer()).isTrue();
        assertThat(t.scope("清财")).isNotEqualTo(t.scope("清教"));
        assertThat(new NumberTemplate("清规〔{year}〕{seq:3}").scope("清财")).isEqualTo("清规〔{year}〕{seq:3}");
    }

    @Test
    void aPatternWithoutYearOrSequenceIsRefused() {
        assertThat(new NumberTemplate("清规001").problem()).isPresent();
        assertThat(new NumberTemplate("清规〔{year}〕{seq:3}").problem()).isEmpty();
        assertThat(new NumberTemplate("清规〔{year}〕").problem().orElseThrow().message())
                .isEqualTo("编号规则“清规〔{year}〕”须包含 {year}（年份）和 {seq} 或 {seq:3}（顺序号）。");
    }
}
