package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normdesk.service.SimilarCorpus.GRAIN_REWARDS;
import static org.normdesk.service.SimilarCorpus.LAND_LOANS;
import static org.normdesk.service.SimilarCorpus.RELICS;
import static org.normdesk.service.SimilarCorpus.RELICS_EXTENSION;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Validity;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupReason;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.service.SimilarDocumentsService.SimilarDocument;
import org.normdesk.service.SimilarDocumentsService.SimilarList;

/**
 * 相似文件 on the real documents of the development corpus (../shared/corpus), read by the import's
 * extraction and entered as published documents in force; drafts made from them as a drafting
 * office would (a revision with a few articles changed, or a draft on another matter).
 */
class SimilarDocumentsServiceTest {

    @TempDir
    Path dir;
    private Services s;
    private long issuer;
    private Map<String, Long> ids;

    @BeforeEach
    void register() throws Exception {
        s = Services.open(dir, Clock.systemDefaultZone(), "测试");
        issuer = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null)).id();
        ids = SimilarCorpus.register(s, issuer);
        assertThat(ids).hasSize(7);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void aRevisedDraftFindsItsOriginalFirstWithAHighScore() throws Exception {
        long draft = draft(SimilarCorpus.revisedRelicsTitle(), SimilarCorpus.revisedRelicsText());

        SimilarList list = s.similar().similarTo(draft, 10, Progress.NONE);

        print("revised draft", list);
        assertThat(list.cancelled()).isFalse();
        assertThat(list.compared()).isEqualTo(7);
        SimilarDocument first = list.documents().get(0);
        assertThat(first.id()).isEqualTo(id(RELICS));
        assertThat(first.score()).isGreaterThan(0.8);
        assertThat(first.title()).contains("历史风貌区");
        assertThat(first.docNumber()).isEqualTo("清政规〔2023〕5号");
        assertThat(first.issuer()).isEqualTo("清河县人民政府");
        assertThat(first.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(first.sharedTerms()).hasSizeBetween(1, SimilarDocumentsService.SHOWN_TERMS)
                .anySatisfy(t -> assertThat(t).contains("文物"));
        // the other rule on the same relics comes next, well below the original; the draft itself is not listed
        assertThat(list.documents()).extracting(SimilarDocument::id).doesNotContain(draft)
                .contains(id(RELICS_EXTENSION));
        assertThat(list.documents().get(1).score()).isLessThan(first.score() - 0.2);
        assertThat(list.documents()).extracting(SimilarDocument::score).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(score -> assertThat(score).isBetween(SimilarDocumentsService.MIN_SCORE, 1.0));
    }

    @Test
    void aDraftOnAnotherMatterFindsNothingAboveTheMinimum() throws Exception {
        ExtractionResult x = SimilarCorpus.read(SimilarCorpus.file(GRAIN_REWARDS));
        long draft = draft(x.title().value(), x.text());

        SimilarList all = s.similar().similarTo(draft, 10, 0.0, Progress.NONE);
        print("unrelated draft, no minimum", all);
        assertThat(all.documents()).isNotEmpty();
        assertThat(all.documents().get(0).score()).isLessThan(0.3);

        SimilarList listed = s.similar().similarTo(draft, 10, Progress.NONE);
        assertThat(listed.documents()).isEmpty();
        assertThat(listed.compared()).isEqualTo(7);
    }

    @Test
    void aRepealedDocumentIsNotListed() throws Exception {
        long draft = draft(SimilarCorpus.revisedRelicsTitle(), SimilarCorpus.revisedRelicsText());
        assertThat(s.similar().similarTo(draft, 10, Progress.NONE).documents()).extracting(SimilarDocument::id)
                .contains(id(RELICS_EXTENSION));

        s.register().endForce(id(RELICS_EXTENSION), EndOfForce.REPEALED, s.register().today(), "已被新规定替代");

        SimilarList after = s.similar().similarTo(draft, 10, Progress.NONE);
        assertThat(after.documents()).extracting(SimilarDocument::id)
                .contains(id(RELICS)).doesNotContain(id(RELICS_EXTENSION));
        assertThat(after.compared()).isEqualTo(6);
    }

    @Test
    void aChangedTextIsComparedAnew() throws Exception {
        long draft = draft(SimilarCorpus.revisedRelicsTitle(), SimilarCorpus.revisedRelicsText());
        SimilarList before = s.similar().similarTo(draft, 10, Progress.NONE);
        assertThat(before.documents()).extracting(SimilarDocument::id).doesNotContain(id(LAND_LOANS));

        // the land-loan measures get the text of the relics rules (a wrong file attached, say): they now match
        NormativeDocument loans = s.register().find(id(LAND_LOANS)).orElseThrow();
        String relicsText = s.register().find(id(RELICS)).orElseThrow().fullText();
        s.register().update(loans.toBuilder().fullText(relicsText).build());

        SimilarList after = s.similar().similarTo(draft, 10, Progress.NONE);
        print("after the edit", after);
        assertThat(after.documents()).extracting(SimilarDocument::id).contains(id(LAND_LOANS));
        SimilarDocument loansNow = after.documents().stream().filter(d -> d.id() == id(LAND_LOANS)).findFirst()
                .orElseThrow();
        assertThat(loansNow.score()).isGreaterThan(0.8);
    }

    @Test
    void theDocumentARevisionRevisesIsNotListedAsADuplicate() throws Exception {
        // a cleanup decides 修改 for the relics rules: a linked draft revising them, with their text
        CleanupCampaign c = s.cleanup().create(CleanupCampaign.draft("全面清理", CampaignKind.COMPREHENSIVE, null,
                s.cleanup().today(), EnumSet.noneOf(IssuerCategory.class), List.of(), null), Progress.NONE, false);
        CleanupItem relics = s.cleanup().items(c.id()).stream().filter(i -> i.documentId() == id(RELICS)).findFirst()
                .orElseThrow();
        s.cleanup().decideAsSuggested(c.id(), null, null);
        s.cleanup().decide(c.id(), List.of(relics.id()),
                new Decision(CleanupOutcome.AMEND, CleanupReason.UPPER_LAW_CHANGED, null, "县文化旅游局", null));
        s.cleanup().close(c.id(), s.cleanup().today(), true);
        long revision = s.cleanup().items(c.id()).stream().filter(i -> i.id() == relics.id()).findFirst()
                .orElseThrow().revisionId();

        SimilarList list = s.similar().similarTo(revision, 10, Progress.NONE);

        // its own earlier version is known to the reviewer, not a rule on the same matter made by someone else
        assertThat(list.documents()).extracting(SimilarDocument::id)
                .doesNotContain(id(RELICS), revision).contains(id(RELICS_EXTENSION));
    }

    @Test
    void aFileNotInTheRegisterIsComparedAsWell() throws Exception {
        ExtractionResult x = SimilarCorpus.read(SimilarCorpus.file(RELICS));
        SimilarList list = s.similar().similarTo(x.title().value() + "（修订）", x.text(), 3, Progress.NONE);
        assertThat(list.documents()).hasSizeLessThanOrEqualTo(3);
        assertThat(list.documents().get(0).id()).isEqualTo(id(RELICS));
        assertThat(list.documents().get(0).score()).isGreaterThan(0.95);
    }

    @Test
    void cancellingKeepsWhatWasMadeAndTheNextListFinishesIt() throws Exception {
        long draft = draft(SimilarCorpus.revisedRelicsTitle(), SimilarCorpus.revisedRelicsText());
        List<long[]> reports = new ArrayList<>();
        SimilarList cancelled = s.similar().similarTo(draft, 10, (done, total) -> {
            reports.add(new long[] {done, total});
            return false;
        });
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.documents()).isEmpty();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)[1]).isEqualTo(8); // seven in force and the draft

        List<long[]> second = new ArrayList<>();
        SimilarList list = s.similar().similarTo(draft, 10, (done, total) -> second.add(new long[] {done, total}));
        assertThat(list.cancelled()).isFalse();
        assertThat(list.documents().get(0).id()).isEqualTo(id(RELICS));
        assertThat(second.get(second.size() - 1)).containsExactly(8, 8);

        // everything is made now: a third list has nothing to make
        List<long[]> third = new ArrayList<>();
        s.similar().similarTo(draft, 10, (done, total) -> third.add(new long[] {done, total}));
        assertThat(third).singleElement().satisfies(r -> assertThat(r).containsExactly(0, 0));
    }

    @Test
    void anUnknownDocumentOrABadLimitIsRefusedInChinese() {
        assertThatThrownBy(() -> s.similar().similarTo(999_999, 10, Progress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("台账中没有编号为 999999 的文件");
        assertThatThrownBy(() -> s.similar().similarTo(id(RELICS), 0, Progress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("正整数");
    }

    private long id(String sourceStart) {
        return SimilarCorpus.id(ids, sourceStart);
    }

    private long draft(String title, String text) {
        return s.register().create(NormativeDocument.draft(title, issuer, DocumentKind.MEASURES).toBuilder()
                .fullText(text).build()).id();
    }

    private static void print(String what, SimilarList list) {
        System.out.println("[similar] " + what + ": " + list.documents().stream()
                .map(d -> String.format("%.3f %s %s", d.score(), d.title(), d.sharedTerms())).toList());
    }
}
