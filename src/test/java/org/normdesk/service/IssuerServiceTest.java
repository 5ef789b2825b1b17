package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.RuleViolation;

class IssuerServiceTest {
    @TempDir
    Path dir;

    @Test
    void addEditRetireKeepTheListAndItsHistory() {
        Clock clock = Clock.fixed(LocalDate.of(2025, 3, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        try (Services s = Services.open(dir, clock, "管理员")) {
            Issuer added = s.issuers().add(Issuer.create(" 清河县城关镇人民政府 ", "城关", IssuerCategory.TOWNSHIP,
                    LocalDate.of(2018, 7, 1)));
            assertThat(added.name()).isEqualTo("清河县城关镇人民政府");

            Issuer edited = s.issuers().edit(new Issuer(added.id(), added.name(), "城关镇", added.category(),
                    added.listedSince(), null, added.version()));
            Issuer retired = s.issuers().retire(edited);

            assertThat(retired.retiredOn()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(retired.isListedOn(LocalDate.of(2025, 3, 1))).isFalse();
            assertThat(retired.isListedOn(LocalDate.of(2024, 3, 1))).isTrue();
            assertThat(s.issuers().all()).singleElement().extracting(Issuer::shortName).isEqualTo("城关镇");

            assertThatThrownBy(() -> s.issuers().add(Issuer.create("清河县城关镇人民政府", null,
                    IssuerCategory.TOWNSHIP, null)))
                    .isInstanceOf(RuleViolation.class).hasMessage("制定主体“清河县城关镇人民政府”已在清单中。");
        }
    }
}
