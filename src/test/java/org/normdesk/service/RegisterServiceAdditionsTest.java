package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;

/** RegisterService.endForce and RegisterService.createAll. */
class RegisterServiceAdditionsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    Services services;
    Issuer issuer;

    @BeforeEach
    void open() {
        services = Services.open(dir, CLOCK, "test");
        issuer = services.issuers().add(Issuer.create("清河县财政局", "清财规", IssuerCategory.DEPARTMENT, null));
    }

    @AfterEach
    void close() {
        services.close();
    }

    NormativeDocument published(String title, String number) {
        LocalDate day = LocalDate.of(2022, 3, 1);
        return NormativeDocument.draft(title, issuer.id(), DocumentKind.MEASURES).toBuilder()
                .docNumber(number).signedOn(day).publishedOn(day).effectiveOn(day.plusDays(30))
                .validUntil(day.plusDays(30).plusYears(5).minusDays(1)).stage(Stage.PUBLISHED).build();
    }

    @Test
    void endForceRepealsAPublishedDocumentWithAnAuditedReason() {
        NormativeDocument d = services.register().create(published("清河县县级财政专项资金管理办法", "清财规〔2022〕1号"));
        assertThat(services.register().validityOf(d)).isEqualTo(Validity.IN_FORCE);
        NormativeDocument ended = services.register().endForce(d.id(), EndOfForce.REPEALED, LocalDate.of(2024, 1, 1),
                "已被新规定替代");
        assertThat(ended.endOfForce()).isEqualTo(EndOfForce.REPEALED);
        assertThat(services.register().validityOf(ended)).isEqualTo(Validity.REPEALED);
        assertThat(services.register().history(d.id())).extracting(AuditEvent::action)
                .containsExactly("CREATE", "END_OF_FORCE");
        assertThat(services.register().history(d.id()).get(1).summary()).contains("已被新规定替代");
    }

    @Test
    void endForceRefusesADraftAndAMissingReasonInChinese() {
        NormativeDocument draft = services.register().create(
                NormativeDocument.draft("清河县预算绩效管理办法", issuer.id(), DocumentKind.MEASURES));
        assertThatThrownBy(() -> services.register().endForce(draft.id(), EndOfForce.REPEALED, LocalDate.of(2025, 1, 1),
                "清理"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("只有已公布的文件");
        assertThatThrownBy(() -> services.register().endForce(draft.id(), EndOfForce.REPEALED, LocalDate.of(2025, 1, 1),
                " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("理由");
    }

    @Test
    void createAllEntersEveryDocumentInOrderWithItsValidityAndAudit() {
        List<NormativeDocument> saved = services.register().createAll(List.of(
                published("清河县政府采购内部控制管理办法", "清财规[2022]2号"),
                NormativeDocument.draft("清河县行政事业单位国有资产管理办法", issuer.id(), DocumentKind.MEASURES),
                published("清河县预算绩效管理暂行规定", "清财规〔2022〕3号").toBuilder().kind(DocumentKind.PROVISIONS)
                        .trial(true).endOfForce(EndOfForce.DECLARED_EXPIRED).endOfForceOn(LocalDate.of(2023, 6, 30))
                        .build()));
        assertThat(saved).extracting(NormativeDocument::title).containsExactly("清河县政府采购内部控制管理办法",
                "清河县行政事业单位国有资产管理办法", "清河县预算绩效管理暂行规定");
        for (NormativeDocument s : saved) {
            assertThat(services.register().find(s.id()).orElseThrow().title()).isEqualTo(s.title());
            assertThat(services.register().history(s.id())).extracting(AuditEvent::action).containsExactly("CREATE");
        }
        assertThat(saved.get(0).docNumber()).isEqualTo("清财规〔2022〕2号");
        assertThat(services.register().summary().byValidity())
                .containsEntry(Validity.IN_FORCE, 1).containsEntry(Validity.EXPIRED, 1);
    }

    @Test
    void createAllIsAllOrNothing() {
        NormativeDocument withoutNumber = published("清河县预算绩效管理办法", null);
        assertThatThrownBy(() -> services.register().createAll(List.of(
                published("清河县政府采购内部控制管理办法", "清财规〔2022〕2号"), withoutNumber)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("文号");
        assertThat(services.register().summary().documents()).isZero();
    }
}
