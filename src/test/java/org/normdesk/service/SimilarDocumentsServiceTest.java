package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.service.SimilarDocumentsService.SimilarDocument;
import org.normdesk.service.SimilarDocumentsService.SimilarList;

/**
 * 相似文件 on the real documents of the development corpus (../shared/corpus), read by the import's
 * extraction and entered as published documents in force; drafts made from them as a drafting
 * office would (a revision with a few articles changed, or a draft on another matter).
 */
class SimilarDocumentsServiceTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    /** Held out of the register: the draft on a matter no document in force deals with. */
    private static final String GRAIN_REWARDS = "chongqing-grain";
    private static final String RELICS = "sh-huangpu";
    private static final String RELICS_EXTENSION = "sh-jiading";
    private static final String LAND_LOANS = "sh-fengxian";

    @TempDir
    Path dir;
    private Services s;
    private long issuer;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void register() throws Exception {
        s = Services.open(dir, Clock.systemDefaultZone(), "测试");
        issuer = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null)).id();
        List<NormativeDocument> docs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path f : corpusFiles()) {
            String key = key(f);
            if (key.startsWith(GRAIN_REWARDS)) {
                continue;
            }
            ExtractionResult x = read(f);
            LocalDate on = LocalDate.of(2023, 3, 1).plusDays(keys.size());
            docs.add(CleanupFixture.published(issuer, x.title().value(), "清政规〔2023〕" + (keys.size() + 1) + "号",
                    on, null, x.text()));
            keys.add(key);
        }
        List<NormativeDocument> saved = s.register().createAll(docs);
        for (int i = 0; i < saved.size(); i++) {
            ids.put(keys.get(i), saved.get(i).id());
        }
        assertThat(ids).hasSize(7);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void aRevisedDraftFindsItsOriginalFirstWithAHighScore() throws Exception {
        long draft = draft(revisedRelicsTitle(), revisedRelicsText());

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
        Path f = corpusFile(GRAIN_REWARDS);
        ExtractionResult x = read(f);
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
        long draft = draft(revisedRelicsTitle(), revisedRelicsText());
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
        long draft = draft(revisedRelicsTitle(), revisedRelicsText());
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
    void aFileNotInTheRegisterIsComparedAsWell() throws Exception {
        ExtractionResult x = read(corpusFile(RELICS));
        SimilarList list = s.similar().similarTo(x.title().value() + "（修订）", x.text(), 3, Progress.NONE);
        assertThat(list.documents()).hasSizeLessThanOrEqualTo(3);
        assertThat(list.documents().get(0).id()).isEqualTo(id(RELICS));
        assertThat(list.documents().get(0).score()).isGreaterThan(0.95);
    }

    @Test
    void cancellingKeepsWhatWasMadeAndTheNextListFinishesIt() throws Exception {
        long draft = draft(revisedRelicsTitle(), revisedRelicsText());
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
                .isInstanceOf(RuleViolation.class).hasMessageContaining("999,999");
        assertThatThrownBy(() -> s.similar().similarTo(id(RELICS), 0, Progress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("正整数");
    }

    private long id(String sourceStart) {
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith(sourceStart)).findFirst().orElseThrow()
                .getValue();
    }

    private long draft(String title, String text) {
        return s.register().create(NormativeDocument.draft(title, issuer, DocumentKind.MEASURES).toBuilder()
                .fullText(text).build()).id();
    }

    static String revisedRelicsTitle() throws Exception {
        return read(corpusFile(RELICS)).title().value() + "（修订）";
    }

    /** The relics rules with three articles rewritten, as a revision would. */
    static String revisedRelicsText() throws Exception {
        String text = read(corpusFile(RELICS)).text();
        String revised = text
                .replaceFirst("(第三条（基本原则）\\s*)[^\\n]+", "$1历史风貌区和文物的保护，坚持政府主导、社会参与、合理利用的原则。")
                .replaceFirst("(第四条（资金保障）\\s*)[^\\n]+", "$1区财政每年安排专项经费，用于优秀历史建筑的修缮和日常养护。")
                .replaceFirst("(第五条（[^）]*）\\s*)[^\\n]+", "$1区历史文化风貌保护委员会统筹全区保护工作，每年听取一次工作报告。");
        assertThat(revised).isNotEqualTo(text);
        return revised;
    }

    private static ExtractionResult read(Path f) {
        FileExtraction x = new ExtractionService(List.of()).extract(f);
        assertThat(x.succeeded()).isTrue();
        return x.result();
    }

    static Path corpusFile(String start) throws Exception {
        return corpusFiles().stream().filter(p -> key(p).startsWith(start)).findFirst().orElseThrow();
    }

    private static List<Path> corpusFiles() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The corpus file's source, the part of its name before the first '_'. */
    private static String key(Path f) {
        String name = f.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }

    private static void print(String what, SimilarList list) {
        System.out.println("[similar] " + what + ": " + list.documents().stream()
                .map(d -> String.format("%.3f %s %s", d.score(), d.title(), d.sharedTerms())).toList());
    }
}
