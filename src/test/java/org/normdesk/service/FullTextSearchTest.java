package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;

/** The register's search over title, 文号 and body, on real H2 files and a real Lucene index beside them. */
class FullTextSearchTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Services services;
    private Issuer government;

    @BeforeEach
    void open() {
        services = open(dir.resolve("county"));
        government = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2019, 1, 1)));
    }

    private static Services open(Path folder) {
        MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 1).atStartOfDay(ZONE).toInstant(), ZONE);
        return Services.open(folder, clock, "审核员甲");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private NormativeDocument draft(String title, String body) {
        return NormativeDocument.draft(title, government.id(), DocumentKind.MEASURES).toBuilder().fullText(body).build();
    }

    /** Registers one document, finds it by {@code search}, closes the folder and returns its index folder. */
    private Path closedWithOneDocumentFoundBy(String search) {
        services.register().create(draft("清河县殡葬管理规定", "第三条　倡导文明节俭办丧事。"));
        assertThat(titlesFound(search)).containsExactly("清河县殡葬管理规定");
        services.close();
        return dir.resolve("county").resolve("index");
    }

    private List<String> titlesFound(String text) {
        return services.register().page(RegisterQuery.firstPage().withText(text)).rows().stream()
                .map(RegisterRow::title).sorted().toList();
    }

    @Test
    void aSearchFindsTextInTheBodyAsWellAsInTheTitle() {
        services.register().create(draft("清河县住房公积金管理办法",
                "第一条　为规范住房公积金提取，制定本办法。\n第二条　职工提取住房公积金应当提供证明材料。"));
        services.register().create(draft("清河县秸秆综合利用实施意见", "第一条　鼓励秸秆还田。"));

        assertThat(titlesFound("公积金提取")).containsExactly("清河县住房公积金管理办法");
        assertThat(titlesFound("证明材料")).containsExactly("清河县住房公积金管理办法");
        assertThat(titlesFound("秸秆")).containsExactly("清河县秸秆综合利用实施意见");
        // a string that spans the title and the body is not in the document
        assertThat(titlesFound("实施意见第一条")).isEmpty();
        assertThat(titlesFound("行政事业性收费")).isEmpty();
        // each word must occur, not necessarily side by side
        assertThat(titlesFound("职工 证明")).containsExactly("清河县住房公积金管理办法");
        assertThat(titlesFound("职工 还田")).isEmpty();
    }

    /** A reviewer pastes a long passage into the search box: it must search, not fail. */
    @Test
    void aPastedPassageOfManyWordsSearchesInsteadOfFailing() {
        services.register().create(draft("清河县住房公积金管理办法", "第二条　职工提取住房公积金应当提供证明材料。"));

        String pasted = "职工 证明材料 ".repeat(1_200) + "住房公积金";
        assertThat(titlesFound(pasted)).containsExactly("清河县住房公积金管理办法");
        assertThat(titlesFound("职工 ".repeat(1_100) + "殡葬")).isEmpty();
    }

    @Test
    void anEditedBodyIsFoundByItsNewTextAndNoLongerByItsOld() {
        NormativeDocument saved = services.register().create(draft("清河县城市道路挖掘管理办法", "第一条　挖掘城市道路应当经批准。"));
        assertThat(titlesFound("经批准")).containsExactly("清河县城市道路挖掘管理办法");

        services.register().update(services.register().find(saved.id()).orElseThrow().toBuilder()
                .fullText("第一条　挖掘城市道路应当向主管部门申请许可。").build());

        assertThat(titlesFound("经批准")).isEmpty();
        assertThat(titlesFound("申请许可")).containsExactly("清河县城市道路挖掘管理办法");
    }

    @Test
    void theIndexSurvivesAReopenAndIsRebuiltWhenDeletedOrFromAnotherRegister() throws IOException {
        Path index = closedWithOneDocumentFoundBy("节俭办丧");
        assertThat(index).isDirectory();

        services = open(dir.resolve("county"));
        assertThat(titlesFound("节俭办丧")).containsExactly("清河县殡葬管理规定");
        services.close();

        deleteTree(index);
        services = open(dir.resolve("county"));
        assertThat(titlesFound("节俭办丧")).containsExactly("清河县殡葬管理规定");
        services.close();

        // Another county's index copied over this one's: its hits must not show here.
        try (Services other = open(dir.resolve("other"))) {
            Issuer issuer = other.issuers().add(Issuer.create("东山县人民政府", "东政", IssuerCategory.GOVERNMENT,
                    LocalDate.of(2019, 1, 1)));
            other.register().create(NormativeDocument.draft("东山县渔业管理办法", issuer.id(), DocumentKind.MEASURES)
                    .toBuilder().fullText("第一条　禁止电鱼。").build());
            assertThat(other.register().page(RegisterQuery.firstPage().withText("电鱼")).total()).isEqualTo(1);
        }
        deleteTree(index);
        copyTree(dir.resolve("other").resolve("index"), index);
        services = open(dir.resolve("county"));
        assertThat(titlesFound("电鱼")).isEmpty();
        assertThat(titlesFound("节俭办丧")).containsExactly("清河县殡葬管理规定");
    }

    /**
     * An index written by a version before title and 文号 were indexed character by character (its
     * commit data names no layout) is rebuilt on open, so that a single character of a title is found.
     */
    @Test
    void anIndexOfAnOlderLayoutIsRebuiltOnOpen() throws IOException {
        Path index = closedWithOneDocumentFoundBy("殡");
        try (var directory = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            java.util.Map<String, String> older = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> older.put(e.getKey(), e.getValue()));
            assertThat(older.remove("fulltext.layout")).as("commit data %s", older).isNotNull();
            // as the older version wrote it: the text field alone
            writer.deleteAll();
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("key", "1", org.apache.lucene.document.Field.Store.NO));
            writer.addDocument(doc);
            writer.setLiveCommitData(older.entrySet());
            writer.commit();
        }

        services = open(dir.resolve("county"));
        assertThat(titlesFound("殡")).containsExactly("清河县殡葬管理规定");
        assertThat(titlesFound("节俭办丧")).containsExactly("清河县殡葬管理规定");
    }

    /**
     * More hits than the register hands the database as a list of ids: counted and paged by walking
     * the register in the requested order, with the other filters.
     */
    @Test
    void aCommonWordWithThousandsOfHitsIsCountedAndPagedInTheRequestedOrder() throws InterruptedException {
        Issuer township = services.issuers().add(Issuer.create("清河县城关镇人民政府", "城政", IssuerCategory.TOWNSHIP,
                LocalDate.of(2019, 1, 1)));
        List<NormativeDocument> many = new ArrayList<>();
        for (int i = 1; i <= 4_500; i++) {
            String body = i % 3 == 0 ? "第一条　本办法适用于本县范围内的殡葬活动。" : "第一条　本办法适用于本县范围内的秸秆焚烧管理。";
            many.add(draft(String.format("清河县第%04d号管理办法", i), body).toBuilder()
                    .leadIssuerId(i % 2 == 0 ? township.id() : government.id()).build());
        }
        services.register().createAll(many);
        services.register().page(RegisterQuery.firstPage().withText("秸秆焚烧")); // starts the indexing of the long queue
        while (services.register().isSearchIndexBuilding()) {
            Thread.sleep(50);
        }

        RegisterQuery query = RegisterQuery.firstPage().withText("秸秆焚烧").sortedBy(RegisterColumn.TITLE, true);
        Page<RegisterRow> first = services.register().page(query);
        assertThat(first.total()).isEqualTo(3_000);
        assertThat(first.rows()).extracting(RegisterRow::title)
                .startsWith("清河县第4499号管理办法", "清河县第4498号管理办法", "清河县第4496号管理办法");
        Page<RegisterRow> second = services.register().page(query.page(first.rows().size(), first.rows().size()));
        assertThat(second.rows().get(0).title()).isLessThan(first.rows().get(first.rows().size() - 1).title());

        Page<RegisterRow> townships = services.register().page(query.withIssuerCategory(IssuerCategory.TOWNSHIP));
        assertThat(townships.total()).isEqualTo(1_500);
        assertThat(townships.rows()).allSatisfy(r -> assertThat(r.issuer()).isEqualTo("清河县城关镇人民政府"));

        assertThat(services.register().page(RegisterQuery.firstPage().withText("殡葬活动")).total()).isEqualTo(1_500);
    }

    /**
     * The whole search string as typed is found inside a title or 文号, as a "contains" finds it:
     * part of a 文号 with its brackets typed either way, a single character, a space inside a title,
     * full-width digits. Answered by the index, which holds title and 文号 character by character.
     */
    @Test
    void aTitleOr文号IsFoundByAnyStringInsideItAsTyped() {
        services.register().create(draft("清河县城乡居民 基本医疗保险实施办法", "第一条　为保障参保人员权益，制定本办法。")
                .toBuilder().docNumber("清政发〔2023〕56号").build());
        services.register().create(draft("关于转发[2017]3号文件的通知", "第一条　请遵照执行。"));
        services.register().create(draft("清河县秸秆综合利用实施意见", "第一条　鼓励秸秆还田。")
                .toBuilder().docNumber("清政发〔2023〕7号").build());

        assertThat(titlesFound("清政发[2023]5")).containsExactly("清河县城乡居民 基本医疗保险实施办法");
        assertThat(titlesFound("〔2023〕")).hasSize(2);
        assertThat(titlesFound("２０２３〕7")).containsExactly("清河县秸秆综合利用实施意见");
        assertThat(titlesFound("居民 基本")).containsExactly("清河县城乡居民 基本医疗保险实施办法");
        assertThat(titlesFound("〔2017〕3号")).containsExactly("关于转发[2017]3号文件的通知");
        assertThat(titlesFound("秸")).containsExactly("清河县秸秆综合利用实施意见");
        // not inside any title or 文号, and its words are in no body
        assertThat(titlesFound("2023〕6号")).isEmpty();
        // a string that runs from the title into the 文号 is in neither
        assertThat(titlesFound("实施意见清政发")).isEmpty();
    }

    /**
     * The hits of a common word lie at the end of the requested order: the page is still the right
     * one, however far into the register it lies, and a page past the last hit is empty.
     */
    @Test
    void hitsBunchedAtTheEndOfTheOrderStillGiveTheRightPages() throws InterruptedException {
        List<NormativeDocument> many = new ArrayList<>();
        for (int i = 1; i <= 4_500; i++) {
            String body = i > 2_000 ? "第一条　本办法适用于农村集体资产的管理。" : "第一条　本办法适用于城市道路的养护。";
            many.add(draft(String.format("清河县第%04d号管理办法", i), body));
        }
        services.register().createAll(many);
        services.register().page(RegisterQuery.firstPage().withText("集体资产"));
        while (services.register().isSearchIndexBuilding()) {
            Thread.sleep(50);
        }

        RegisterQuery query = RegisterQuery.firstPage().withText("集体资产").sortedBy(RegisterColumn.TITLE, false);
        Page<RegisterRow> first = services.register().page(query);
        assertThat(first.total()).isEqualTo(2_500);
        assertThat(first.rows()).extracting(RegisterRow::title).startsWith("清河县第2001号管理办法", "清河县第2002号管理办法");
        Page<RegisterRow> last = services.register().page(query.page(2_490, 50));
        assertThat(last.rows()).extracting(RegisterRow::title).hasSize(10).endsWith("清河县第4500号管理办法");
        assertThat(services.register().page(query.page(2_500, 50)).rows()).isEmpty();
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
