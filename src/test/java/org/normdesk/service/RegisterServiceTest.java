package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.Validity;
import org.normdesk.store.StaleDataException;

/** The register's services on a real H2 file with the real migrations. */
class RegisterServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private MutableClock clock;
    private Services services;
    private Issuer government;
    private Issuer finance;

    @BeforeEach
    void open() {
        clock = new MutableClock(LocalDate.of(2025, 6, 1).atStartOfDay(ZONE).toInstant(), ZONE);
        services = Services.open(dir, clock, "审核员甲");
        government = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2019, 1, 1)));
        finance = services.issuers().add(Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT,
                LocalDate.of(2019, 1, 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private NormativeDocument published(String title, String number, LocalDate publishedOn, LocalDate validUntil) {
        return NormativeDocument.draft(title, government.id(), DocumentKind.MEASURES).toBuilder()
                .docNumber(number).signedOn(publishedOn).publishedOn(publishedOn).effectiveOn(publishedOn.plusDays(30))
                .validUntil(validUntil).stage(Stage.PUBLISHED).build();
    }

    @Test
    void aDocumentIsSavedWithItsNumberNormalisedAndItsCreationLogged() {
        NormativeDocument saved = services.register().create(published("清河县城市道路挖掘管理办法", "清政发[2024]7号",
                LocalDate.of(2024, 5, 10), LocalDate.of(2029, 6, 9)).toBuilder().coIssuerIds(List.of(finance.id())).build());

        NormativeDocument read = services.register().find(saved.id()).orElseThrow();
        assertThat(read.docNumber()).isEqualTo("清政发〔2024〕7号");
        assertThat(read.coIssuerIds()).containsExactly(finance.id());
        assertThat(services.register().validityOf(read)).isEqualTo(Validity.IN_FORCE);

        List<AuditEvent> history = services.register().history(saved.id());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("审核员甲");
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("清河县城市道路挖掘管理办法", "\"publishedOn\":\"2024-05-10\"");
        });
    }

    @Test
    void editsAndTransitionsAreLoggedWithBeforeAndAfter() {
        NormativeDocument d = services.register().create(NormativeDocument.draft("清河县农村公路养护管理办法",
                government.id(), DocumentKind.MEASURES).toBuilder().fullText("第一条 为了……制定本办法。").build());
        d = services.register().update(d.toBuilder().draftingUnit("县交通运输局").build());
        services.register().transition(d.id(), TransitionRequest.of(Transition.SUBMIT));

        List<AuditEvent> history = services.register().history(d.id());
        assertThat(history).extracting(AuditEvent::action).containsExactly("CREATE", "UPDATE", "TRANSITION");
        assertThat(history.get(1).before()).doesNotContain("县交通运输局");
        assertThat(history.get(1).after()).contains("县交通运输局");
        assertThat(history.get(2).summary()).isEqualTo("送审：起草中 → 已送审");
        assertThat(services.register().find(d.id()).orElseThrow().stage()).isEqualTo(Stage.SUBMITTED);
    }

    @Test
    void aRefusedTransitionChangesNothing() {
        NormativeDocument d = services.register().create(NormativeDocument.draft("清河县殡葬管理办法",
                government.id(), DocumentKind.MEASURES));
        assertThatThrownBy(() -> services.register().transition(d.id(), TransitionRequest.of(Transition.SUBMIT)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("送审稿正文为空");
        assertThat(services.register().find(d.id()).orElseThrow().stage()).isEqualTo(Stage.DRAFTING);
        assertThat(services.register().history(d.id())).hasSize(1);
    }

    @Test
    void anEditOnAStaleCopyIsRefusedAndTheNewerOneKept() {
        NormativeDocument d = services.register().create(NormativeDocument.draft("清河县殡葬管理办法",
                government.id(), DocumentKind.MEASURES));
        services.register().update(d.toBuilder().draftingUnit("县民政局").build());
        assertThatThrownBy(() -> services.register().update(d.toBuilder().draftingUnit("县卫健委").build()))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("刚被别人");
        assertThat(services.register().find(d.id()).orElseThrow().draftingUnit()).isEqualTo("县民政局");
    }

    @Test
    void anInvalidDocumentIsNotSaved() {
        assertThatThrownBy(() -> services.register().create(published("清河县某办法", "清政发2024年7号",
                LocalDate.of(2024, 5, 10), LocalDate.of(2024, 1, 1))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("文号“清政发2024年7号”格式不对")
                .hasMessageContaining("有效期至应晚于施行日期");
        assertThat(services.register().page(RegisterQuery.firstPage()).total()).isZero();
    }

    @Test
    void aDuplicateNumberIsWarnedButAllowed() {
        services.register().create(published("清河县甲办法", "清政发〔2024〕7号", LocalDate.of(2024, 5, 10), null));
        NormativeDocument second = published("清河县乙办法", "清政发（2024）7号", LocalDate.of(2024, 6, 10), null);
        assertThat(services.register().validate(second)).singleElement()
                .satisfies(p -> assertThat(p.isError()).isFalse());
        assertThat(services.register().create(second).id()).isNotNull();
    }

    @Test
    void validityFollowsTheCalendarAndTheChangeIsLogged() {
        NormativeDocument d = services.register().create(published("清河县临时占道管理办法", "清政发〔2020〕2号",
                LocalDate.of(2020, 3, 1), LocalDate.of(2025, 6, 30)));
        assertThat(rowOf(d).validity()).isEqualTo(Validity.IN_FORCE);

        clock.set(LocalDate.of(2025, 7, 1).atStartOfDay(ZONE).toInstant());
        assertThat(services.register().refreshValidity()).isEqualTo(1);
        assertThat(rowOf(d).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(services.register().history(d.id())).last()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("有效期届满：有效期至2025年6月30日，自2025年7月1日起失效。"));
        assertThat(services.register().refreshValidity()).isZero();
    }

    @Test
    void theRegisterFiltersSearchesSortsAndPagesInTheDatabase() {
        for (int i = 1; i <= 30; i++) {
            Issuer issuer = i % 3 == 0 ? finance : government;
            services.register().create(published("清河县第" + i + "号测试管理办法", "清政发〔" + (2015 + i % 10) + "〕" + i + "号",
                    LocalDate.of(2015 + i % 10, 1 + i % 12, 1), null).toBuilder().leadIssuerId(issuer.id()).build());
        }
        services.register().create(NormativeDocument.draft("清河县草稿办法", government.id(), DocumentKind.MEASURES));

        RegisterQuery q = RegisterQuery.firstPage();
        assertThat(services.register().page(q).total()).isEqualTo(31);
        assertThat(services.register().page(q.withStage(Stage.DRAFTING)).rows())
                .extracting(RegisterRow::title).containsExactly("清河县草稿办法");
        assertThat(services.register().page(q.withIssuerCategory(IssuerCategory.DEPARTMENT)).total()).isEqualTo(10);
        assertThat(services.register().page(q.withIssuer(finance.id())).rows())
                .allSatisfy(r -> assertThat(r.issuer()).isEqualTo("清河县财政局"));
        assertThat(services.register().page(q.withYear(2016)).rows())
                .allSatisfy(r -> assertThat(r.publishedOn().getYear()).isEqualTo(2016)).isNotEmpty();
        assertThat(services.register().page(q.withText("第12号")).rows())
                .extracting(RegisterRow::title).containsExactly("清河县第12号测试管理办法");
        assertThat(services.register().page(q.withText("清政发[2017]")).rows())
                .extracting(RegisterRow::docNumber).isNotEmpty().allMatch(n -> n.startsWith("清政发〔2017〕"));

        Page<RegisterRow> byDate = services.register().page(q.withStage(Stage.PUBLISHED)
                .sortedBy(RegisterColumn.PUBLISHED_ON, false).page(0, 10));
        assertThat(byDate.rows()).hasSize(10).extracting(RegisterRow::publishedOn).isSorted();
        Page<RegisterRow> next = services.register().page(q.withStage(Stage.PUBLISHED)
                .sortedBy(RegisterColumn.PUBLISHED_ON, false).page(10, 10));
        assertThat(next.rows().get(0).publishedOn()).isAfterOrEqualTo(byDate.rows().get(9).publishedOn());
        assertThat(services.register().page(q.sortedBy(RegisterColumn.ISSUER, true)).rows().get(0).issuer())
                .isEqualTo("清河县财政局");
    }

    private RegisterRow rowOf(NormativeDocument d) {
        return services.register().page(RegisterQuery.firstPage().withText(d.docNumber())).rows().get(0);
    }
}
