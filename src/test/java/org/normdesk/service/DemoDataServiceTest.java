package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.DocumentValidator;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.StageMachine;
import org.normdesk.domain.Validity;

class DemoDataServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;
    static Services services;
    static DemoDataService.Result first;
    static List<NormativeDocument> documents;

    @BeforeAll
    static void load() {
        services = Services.open(dir.resolve("demo"), CLOCK, "test");
        first = services.demo().load(DemoDataService.DEFAULT_DOCUMENTS, Progress.NONE);
        documents = allDocuments(services);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static List<NormativeDocument> allDocuments(Services s) {
        List<NormativeDocument> docs = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            Page<RegisterRow> page = s.register().page(RegisterQuery.firstPage().page(offset, 100));
            page.rows().forEach(r -> docs.add(s.register().find(r.id()).orElseThrow()));
            if (page.rows().size() < 100) {
                return docs;
            }
        }
    }

    @Test
    void makesAboutFortyIssuersOfEveryCategory() {
        assertThat(first.issuers()).isEqualTo(41);
        List<Issuer> issuers = services.issuers().all();
        assertThat(issuers).hasSize(41);
        Map<IssuerCategory, Long> byCategory = issuers.stream()
                .collect(Collectors.groupingBy(Issuer::category, Collectors.counting()));
        assertThat(byCategory).containsEntry(IssuerCategory.GOVERNMENT, 1L)
                .containsEntry(IssuerCategory.GOVERNMENT_OFFICE, 1L).containsEntry(IssuerCategory.TOWNSHIP, 10L);
        assertThat(byCategory.get(IssuerCategory.DEPARTMENT)).isBetween(20L, 30L);
        assertThat(byCategory.get(IssuerCategory.AUTHORIZED_ORG)).isBetween(1L, 2L);
        assertThat(issuers).filteredOn(Issuer::isRetired).hasSizeBetween(1, 3);
        assertThat(issuers).allSatisfy(i -> assertThat(i.shortName()).startsWith("清").isNotBlank());
        assertThat(issuers).extracting(Issuer::shortName).doesNotHaveDuplicates();
    }

    @Test
    void makesTheDocumentsAskedForInManyStages() {
        assertThat(first).isEqualTo(new DemoDataService.Result(41, 300, false));
        assertThat(documents).hasSize(300);
        Set<Stage> stages = documents.stream().map(NormativeDocument::stage).collect(Collectors.toSet());
        assertThat(stages).containsAll(EnumSet.allOf(Stage.class));
        long published = documents.stream().filter(d -> d.stage() == Stage.PUBLISHED).count();
        assertThat(published).isBetween(220L, 270L);
        assertThat(documents).extracting(d -> d.publishedOn() == null ? 0 : d.publishedOn().getYear())
                .contains(2015, 2018, 2021, 2024, 2025);
    }

    /** The home screen's 审核期限 lists the running reviews: the demo's 审核中 count must not contradict it. */
    @Test
    void everyDocumentUnderReviewHasARunningReviewWithItsDeadline() {
        Set<Long> underReview = documents.stream().filter(d -> d.stage() == Stage.UNDER_REVIEW)
                .map(NormativeDocument::id).collect(Collectors.toSet());
        assertThat(underReview).isNotEmpty();
        var running = services.reviews().running();
        assertThat(running).extracting(f -> f.document().id()).containsExactlyInAnyOrderElementsOf(underReview);
        assertThat(running).allSatisfy(f -> assertThat(f.deadline().dueOn()).isNotNull());
    }

    @Test
    void validityIsDerivedForPublishedDocumentsOnly() {
        Map<Long, Validity> stored = new java.util.HashMap<>();
        services.register().page(RegisterQuery.firstPage().page(0, 1000)).rows()
                .forEach(r -> stored.put(r.id(), r.validity()));
        Set<Validity> seen = new HashSet<>();
        for (NormativeDocument d : documents) {
            if (d.stage() == Stage.PUBLISHED) {
                assertThat(stored.get(d.id())).isNotNull().isEqualTo(services.register().validityOf(d));
                seen.add(stored.get(d.id()));
            } else {
                assertThat(stored.get(d.id())).isNull();
            }
        }
        assertThat(seen).contains(Validity.IN_FORCE, Validity.EXPIRED, Validity.REPEALED);
    }

    @Test
    void everyDocumentIsValidWithDatesInOrderAndAKindMatchingItsTitle() {
        for (NormativeDocument d : documents) {
            assertThat(DocumentValidator.hasErrors(DocumentValidator.validate(d)))
                    .as("%s: %s", d.title(), DocumentValidator.validate(d)).isFalse();
            assertThat(d.kind()).as(d.title()).isEqualTo(DocumentKind.guessFromTitle(d.title()));
            assertThat(d.trial()).as(d.title()).isEqualTo(d.title().contains("暂行") || d.title().contains("试行"));
            assertThat(d.fullText()).isNotBlank();
            if (d.stage() == Stage.PUBLISHED) {
                assertThat(StageMachine.publicationGaps(d)).isEmpty();
                assertThat(d.signedOn()).isBeforeOrEqualTo(d.publishedOn());
                assertThat(d.publishedOn()).isBeforeOrEqualTo(d.effectiveOn());
                assertThat(d.validUntil()).isAfter(d.effectiveOn());
                int years = d.kind() == DocumentKind.ANNOUNCEMENT ? 1 : d.trial() ? 2 : 5;
                assertThat(d.validUntil()).isEqualTo(d.effectiveOn().plusYears(years).minusDays(1));
                assertThat(d.publishedOn()).isBeforeOrEqualTo(services.register().today());
            }
        }
        assertThat(documents).filteredOn(d -> d.kind() == DocumentKind.MEASURES || d.kind() == DocumentKind.RULES)
                .allSatisfy(d -> assertThat(d.fullText()).contains("第一条").contains("第三条"));
        assertThat(documents).anySatisfy(d -> assertThat(d.coIssuerIds()).isNotEmpty());
        assertThat(documents).anySatisfy(d -> assertThat(d.marketRelated()).isTrue());
    }

    @Test
    void docNumbersAndRegistrationNumbersAreUnique() {
        List<String> numbers = documents.stream().map(NormativeDocument::docNumber).filter(n -> n != null).toList();
        assertThat(numbers).hasSizeGreaterThan(200).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("清\\p{IsHan}+〔20\\d\\d〕\\d+号"));
        assertThat(documents.stream().map(NormativeDocument::registrationNumber).filter(n -> n != null).toList())
                .isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void recentDocumentsHaveARealHistoryAndSomeWereEndedInACleanup() {
        Function<NormativeDocument, List<AuditEvent>> history = d -> services.register().history(d.id());
        NormativeDocument madeHere = documents.stream()
                .filter(d -> d.stage() == Stage.PUBLISHED && history.apply(d).size() > 2).findFirst().orElseThrow();
        assertThat(history.apply(madeHere)).extracting(AuditEvent::action)
                .startsWith("CREATE", "TRANSITION", "TRANSITION").contains("UPDATE").endsWith("TRANSITION");
        assertThat(documents).filteredOn(d -> d.endOfForce() != null).isNotEmpty().allSatisfy(d ->
                assertThat(history.apply(d)).extracting(AuditEvent::action).containsExactly("CREATE", "END_OF_FORCE"));
    }

    @Test
    void aSecondLoadAddsNoIssuerAndKeepsDocNumbersUnique(@TempDir Path other) {
        try (Services s = Services.open(other, CLOCK, "test")) {
            assertThat(s.demo().load(40, Progress.NONE)).isEqualTo(new DemoDataService.Result(41, 40, false));
            assertThat(s.demo().load(40, Progress.NONE)).isEqualTo(new DemoDataService.Result(0, 40, false));
            assertThat(s.issuers().all()).hasSize(41);
            List<NormativeDocument> docs = allDocuments(s);
            assertThat(docs).hasSize(80);
            assertThat(docs.stream().map(NormativeDocument::docNumber).filter(n -> n != null).toList())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void theSameSeedMakesTheSameDocuments(@TempDir Path a, @TempDir Path b) {
        assertThat(fingerprint(a)).isEqualTo(fingerprint(b)).hasSize(30);
    }

    private static List<String> fingerprint(Path folder) {
        try (Services s = Services.open(folder, CLOCK, "test")) {
            s.demo().load(30, Progress.NONE);
            return allDocuments(s).stream().map(d -> d.title() + "|" + d.docNumber() + "|" + d.stage() + "|" + d.signedOn())
                    .sorted().toList();
        }
    }

    @Test
    void cancelStopsBetweenDocuments(@TempDir Path folder) {
        try (Services s = Services.open(folder, CLOCK, "test")) {
            DemoDataService.Result r = s.demo().load(30, (done, total) -> done < 10);
            assertThat(r).isEqualTo(new DemoDataService.Result(41, 10, true));
            assertThat(s.register().summary().documents()).isEqualTo(10);
        }
    }

    @Test
    void bulkLoadEntersPublishedDocumentsAndDrafts(@TempDir Path bulk) {
        try (Services s = Services.open(bulk, CLOCK, "test")) {
            DemoDataService.Result r = s.demo().loadBulk(2_500, Progress.NONE);
            assertThat(r).isEqualTo(new DemoDataService.Result(41, 2_500, false));
            var summary = s.register().summary();
            assertThat(summary.documents()).isEqualTo(2_500);
            assertThat(summary.byStage().keySet()).containsExactlyInAnyOrder(Stage.DRAFTING, Stage.PUBLISHED);
            assertThat(summary.byValidity()).containsKeys(Validity.IN_FORCE, Validity.EXPIRED, Validity.REPEALED);
            List<NormativeDocument> docs = allDocuments(s);
            assertThat(docs).allSatisfy(d -> assertThat(DocumentValidator.hasErrors(DocumentValidator.validate(d))).isFalse());
            assertThat(docs.stream().map(NormativeDocument::docNumber).filter(n -> n != null).toList())
                    .doesNotHaveDuplicates();
        }
    }
}
