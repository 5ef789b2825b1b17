package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.RulePack;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.domain.ValidityExtension;

/** 有效期届满 by the passing of days, the home lists around it, and 延长有效期, on a real H2 file. */
class ExpiryTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private MutableClock clock;
    private Services services;
    private Issuer government;

    @BeforeEach
    void open() {
        clock = new MutableClock(day(2025, 6, 1), ZONE);
        services = Services.open(dir, clock, "审核员甲");
        government = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2019, 1, 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static java.time.Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(9, 0).atZone(ZONE).toInstant();
    }

    private NormativeDocument published(String title, String number, LocalDate publishedOn, LocalDate validUntil) {
        return services.register().create(NormativeDocument.draft(title, government.id(), DocumentKind.MEASURES)
                .toBuilder().stage(Stage.PUBLISHED).docNumber(number).signedOn(publishedOn).publishedOn(publishedOn)
                .effectiveOn(publishedOn.plusDays(30)).validUntil(validUntil).build());
    }

    private void reopenOn(int y, int m, int d) {
        services.close();
        clock.set(day(y, m, d));
        services = Services.open(dir, clock, "审核员乙");
    }

    private List<AuditEvent> expiryEvents(long id) {
        return services.register().history(id).stream().filter(e -> e.action().equals("EXPIRY")).toList();
    }

    @Test
    void theEndOfTheValidityIsLoggedOnceBySystemWithItsDate() {
        NormativeDocument d = published("清河县临时占道管理办法", "清政发〔2020〕2号", LocalDate.of(2020, 3, 1),
                LocalDate.of(2025, 6, 30));

        reopenOn(2025, 6, 30); // the last day in force
        assertThat(services.register().validityOf(services.register().find(d.id()).orElseThrow()))
                .isEqualTo(Validity.IN_FORCE);
        assertThat(expiryEvents(d.id())).isEmpty();

        reopenOn(2025, 7, 3); // opened again only three days after the end
        assertThat(expiryEvents(d.id())).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(RegisterService.SYSTEM_ACTOR);
            assertThat(e.summary()).isEqualTo("有效期届满：有效期至2025年6月30日，自2025年7月1日起失效。");
            assertThat(e.after()).contains("已失效").contains("2025-07-01");
        });
        assertThat(services.register().summary().byValidity()).containsEntry(Validity.EXPIRED, 1);

        reopenOn(2025, 7, 4);
        assertThat(expiryEvents(d.id())).hasSize(1);
        assertThat(services.register().history(d.id())).hasSize(2); // 登记 and 有效期届满, nothing more
    }

    @Test
    void aHomeListCutAtItsLimitSaysSoAndKeepsTheSoonestOnes() {
        int limit = RegisterService.HOME_LIST_LIMIT;
        long last = 0;
        for (int i = 0; i <= limit; i++) { // one more than the list shows, each ending a day after the last
            last = published("清河县第" + i + "号办法", "清政发〔2021〕" + (100 + i) + "号", LocalDate.of(2021, 1, 5),
                    LocalDate.of(2025, 6, 2).plusDays(i)).id();
        }
        RegisterSummary s = services.register().summary();
        assertThat(s.expiringSoon()).hasSize(limit);
        assertThat(s.expiringSoon().get(0).title()).isEqualTo("清河县第0号办法");
        assertThat(s.expiringSoon().get(limit - 1).title()).isEqualTo("清河县第" + (limit - 1) + "号办法");
        assertThat(s.moreExpiring()).as("the list says it is cut").isTrue();
        assertThat(s.moreLapsed()).isFalse();

        services.register().endForce(last, EndOfForce.REPEALED, LocalDate.of(2025, 5, 1), "清理决定废止");
        s = services.register().summary();
        assertThat(s.expiringSoon()).hasSize(limit);
        assertThat(s.moreExpiring()).as("exactly the limit is left: nothing cut").isFalse();
    }

    @Test
    void homeListsThoseEndingWithinTheWindowAndThoseRecentlyPastIt() {
        NormativeDocument soon = published("清河县甲办法", "清政发〔2021〕1号", LocalDate.of(2021, 1, 5), LocalDate.of(2025, 9, 30));
        NormativeDocument later = published("清河县乙办法", "清政发〔2021〕2号", LocalDate.of(2021, 2, 5), LocalDate.of(2026, 3, 1));
        NormativeDocument lapsed = published("清河县丙办法", "清政发〔2020〕3号", LocalDate.of(2020, 3, 5), LocalDate.of(2025, 4, 30));
        NormativeDocument longAgo = published("清河县丁办法", "清政发〔2019〕4号", LocalDate.of(2019, 3, 5), LocalDate.of(2024, 10, 31));
        NormativeDocument repealed = published("清河县戊办法", "清政发〔2020〕5号", LocalDate.of(2020, 5, 5), LocalDate.of(2025, 5, 1));
        services.register().endForce(repealed.id(), EndOfForce.REPEALED, LocalDate.of(2025, 3, 1), "清理决定废止");

        RegisterSummary s = services.register().summary();
        assertThat(s.windowMonths()).isEqualTo(6);
        assertThat(s.expiringSoon()).extracting(RegisterRow::id).containsExactly(soon.id());
        assertThat(s.lapsed()).extracting(RegisterRow::id).containsExactly(lapsed.id());

        // The window is a setting: nine months ahead reaches 乙, nine months back reaches 丁.
        RulePack p = services.rules().current();
        services.rules().save(new RulePack(p.reviewDays(), p.commentWorkingDays(), p.commentDaysMarket(),
                p.effectiveGapDays(), p.validityYears(), p.trialValidityYears(), p.announcementValidityYears(),
                p.registrationTemplate(), p.opinionTemplate(), p.reviewOffice(), 9));
        s = services.register().summary();
        assertThat(s.windowMonths()).isEqualTo(9);
        assertThat(s.expiringSoon()).extracting(RegisterRow::id).containsExactly(soon.id(), later.id());
        assertThat(s.lapsed()).extracting(RegisterRow::id).containsExactly(lapsed.id(), longAgo.id());
        assertThat(services.rules().history()).last().satisfies(e -> assertThat(e.after()).contains("\"expiryWindowMonths\":9"));
    }

    @Test
    void aWindowOfZeroMonthsIsRefused() {
        RulePack p = services.rules().current();
        assertThatThrownBy(() -> services.rules().save(new RulePack(p.reviewDays(), p.commentWorkingDays(),
                p.commentDaysMarket(), p.effectiveGapDays(), p.validityYears(), p.trialValidityYears(),
                p.announcementValidityYears(), p.registrationTemplate(), p.opinionTemplate(), p.reviewOffice(), 0)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void anExtensionMovesTheDateKeepsTheDecisionAndIsLogged() {
        NormativeDocument d = published("清河县临时占道管理办法", "清政发〔2020〕2号", LocalDate.of(2020, 3, 1),
                LocalDate.of(2025, 6, 30));
        NormativeDocument saved = services.register().extendValidity(d.id(), new ValidityExtension(
                LocalDate.of(2027, 6, 30), "经评估需继续实施（清河县司法局评估报告）", LocalDate.of(2025, 5, 20)));

        assertThat(saved.validUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(services.register().extensions(d.id())).containsExactly(new ValidityExtension(
                LocalDate.of(2027, 6, 30), "经评估需继续实施（清河县司法局评估报告）", LocalDate.of(2025, 5, 20)));
        assertThat(services.register().history(d.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("EXTEND_VALIDITY");
            assertThat(e.actor()).isEqualTo("审核员甲");
            assertThat(e.summary()).isEqualTo("延长有效期：有效期至由2025年6月30日延长至2027年6月30日"
                    + "（2025年5月20日决定；依据：经评估需继续实施（清河县司法局评估报告））");
        });
        assertThat(services.register().summary().expiringSoon()).isEmpty();

        reopenOn(2025, 7, 2); // the old date passes: nothing expires any more
        assertThat(expiryEvents(d.id())).isEmpty();
        assertThat(services.register().validityOf(services.register().find(d.id()).orElseThrow()))
                .isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void aDocumentThatLapsedRecentlyReturnsToForceWhenExtended() {
        NormativeDocument d = published("清河县临时占道管理办法", "清政发〔2020〕2号", LocalDate.of(2020, 3, 1),
                LocalDate.of(2025, 6, 30));
        reopenOn(2025, 7, 20);
        assertThat(services.register().summary().lapsed()).extracting(RegisterRow::id).containsExactly(d.id());
        ValidityExtension late = new ValidityExtension(LocalDate.of(2026, 6, 30), "区政府常务会议纪要〔2025〕9号",
                LocalDate.of(2025, 6, 25));
        assertThat(services.register().checkExtension(d.id(), late)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("2025年7月1日因有效期届满失效");
        });

        services.register().extendValidity(d.id(), late);

        assertThat(services.register().validityOf(services.register().find(d.id()).orElseThrow()))
                .isEqualTo(Validity.IN_FORCE);
        assertThat(services.register().summary().byValidity()).containsEntry(Validity.IN_FORCE, 1)
                .doesNotContainKey(Validity.EXPIRED);
        assertThat(services.register().summary().lapsed()).isEmpty();
        assertThat(services.register().history(d.id())).extracting(AuditEvent::action)
                .containsExactly("CREATE", "EXPIRY", "EXTEND_VALIDITY");
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        NormativeDocument d = published("清河县临时占道管理办法", "清政发〔2020〕2号", LocalDate.of(2020, 3, 1),
                LocalDate.of(2025, 6, 30));
        LocalDate decided = LocalDate.of(2025, 5, 20);

        assertRefused(d.id(), new ValidityExtension(LocalDate.of(2025, 6, 30), "评估报告", decided),
                "延长后的有效期至须晚于现在的有效期至（2025年6月30日）");
        assertRefused(d.id(), new ValidityExtension(LocalDate.of(2031, 1, 1), "评估报告", decided),
                "不得超过5年，即不晚于2030年6月30日");
        assertRefused(d.id(), new ValidityExtension(LocalDate.of(2027, 6, 30), "  ", decided), "请写明延长的依据");
        assertRefused(d.id(), new ValidityExtension(LocalDate.of(2027, 6, 30), "评估报告", LocalDate.of(2025, 6, 2)),
                "决定日期不能晚于今天（2025年6月1日）");

        NormativeDocument draft = services.register().create(NormativeDocument.draft("清河县草稿办法", government.id(),
                DocumentKind.MEASURES));
        assertRefused(draft.id(), new ValidityExtension(LocalDate.of(2027, 6, 30), "评估报告", decided),
                "文件当前处于“起草中”阶段；只有已公布的文件才有有效期");

        NormativeDocument repealed = published("清河县旧办法", "清政发〔2019〕9号", LocalDate.of(2019, 3, 1),
                LocalDate.of(2025, 12, 31));
        services.register().endForce(repealed.id(), EndOfForce.REPEALED, LocalDate.of(2025, 5, 1), "清理决定废止");
        assertRefused(repealed.id(), new ValidityExtension(LocalDate.of(2027, 6, 30), "评估报告", decided),
                "文件已废止（自2025年5月1日起），不能延长有效期");

        reopenOn(2026, 1, 5); // more than six months after the end on 2025-07-01
        assertRefused(d.id(), new ValidityExtension(LocalDate.of(2027, 6, 30), "评估报告", LocalDate.of(2026, 1, 4)),
                "文件已于2025年7月1日因有效期届满失效，至今超过6个月，不能再延长");

        assertThat(services.register().find(d.id()).orElseThrow().validUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(services.register().extensions(d.id())).isEmpty();
        assertThat(services.register().history(d.id())).extracting(AuditEvent::action).doesNotContain("EXTEND_VALIDITY");
    }

    private void assertRefused(long id, ValidityExtension e, String reason) {
        assertThatThrownBy(() -> services.register().extendValidity(id, e))
                .isInstanceOf(RuleViolation.class).hasMessageContaining(reason);
    }
}
