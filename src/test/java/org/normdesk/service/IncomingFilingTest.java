package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.word.RedHeadDocx;
import org.normdesk.word.RedHeadDocx.Kind;

/** 收到备案 from a department's Word file: read, confirmed, registered and filed, or refused with nothing saved. */
class IncomingFilingTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Services s;
    private Issuer gov;
    private Issuer bureau;
    private Path word;

    @BeforeEach
    void open() throws Exception {
        MutableClock clock = new MutableClock(LocalDate.of(2025, 4, 1).atStartOfDay(ZONE).toInstant(), ZONE);
        s = Services.open(dir.resolve("data"), clock, "备案员");
        gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        bureau = s.issuers().add(Issuer.create("清河县市场监督管理局", "清市监", IssuerCategory.DEPARTMENT, null));
        word = new RedHeadDocx()
                .add(Kind.RED_HEAD, "清河县市场监督管理局文件")
                .add(Kind.DOC_NUMBER, "清市监规〔2025〕2号")
                .add(Kind.TITLE, "清河县市场监督管理局行政处罚裁量基准")
                .add(Kind.BODY, "第一条 为了规范行政处罚裁量权，根据《中华人民共和国行政处罚法》，制定本基准。")
                .add(Kind.BODY, "第二条 企业应当经县市场监督管理局批准后方可从事网络餐饮服务。")
                .add(Kind.BODY, "第三条 本基准自2025年4月1日起施行，有效期5年。")
                .add(Kind.SIGNATURE, "清河县市场监督管理局")
                .add(Kind.SIGNATURE, "2025年3月10日")
                .write(dir.resolve("裁量基准.docx"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void aDepartmentsWordFileBecomesADocumentWithItsIncomingFiling() {
        ImportCandidate c = s.incoming().examine(word).candidate();
        assertThat(c.status()).isEqualTo(ImportCandidate.Status.READY);
        assertThat(c.proposed().title()).isEqualTo("清河县市场监督管理局行政处罚裁量基准");
        assertThat(c.proposed().docNumber()).isEqualTo("清市监规〔2025〕2号");
        assertThat(c.proposed().issuerId()).isEqualTo(bureau.id());
        IncomingFilingService.Draft draft = s.incoming().examine(word);
        assertThat(draft.issuers()).extracting(Issuer::name).containsExactly("清河县市场监督管理局");
        assertThat(draft.materials()).contains(FilingMaterial.REPORT, FilingMaterial.OFFICIAL_TEXT);

        IncomingFilingService.Received r = s.incoming().receive(new ConfirmedImport(c, c.proposed()), "县市场监管局法规股",
                LocalDate.of(2025, 3, 20), List.of(FilingMaterial.REPORT, FilingMaterial.OFFICIAL_TEXT));

        assertThat(s.register().find(r.documentId())).get().satisfies(d -> {
            assertThat(d.title()).isEqualTo("清河县市场监督管理局行政处罚裁量基准");
            assertThat(d.fullText()).contains("规范行政处罚裁量权");
        });
        List<FilingRow> rows = s.filings().list(FilingQuery.all());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.authority()).isEqualTo("县人民政府");
            assertThat(row.filing().filedBy()).isEqualTo("县市场监管局法规股");
            assertThat(row.filing().submittedOn()).isEqualTo(LocalDate.of(2025, 3, 20));
            assertThat(row.status()).isEqualTo(FilingStatus.ON_TIME);
            assertThat(row.filing().missing()).isNotEmpty(); // 起草说明, 制定依据 … not received
        });
        // the review workbench reads the same document: its risk scan runs on the imported text
        assertThat(s.risk().scan(r.documentId()).findings()).extracting(f -> f.category())
                .contains(org.normdesk.domain.risk.RiskCategory.LICENSING);
    }

    @Test
    void theSameFileTwiceIsRefusedAndNothingIsAdded() {
        ImportCandidate c = s.incoming().examine(word).candidate();
        s.incoming().receive(new ConfirmedImport(c, c.proposed()), null, LocalDate.of(2025, 3, 20),
                List.of(FilingMaterial.values()));
        ImportCandidate again = s.incoming().examine(word).candidate();
        assertThat(again.status()).isEqualTo(ImportCandidate.Status.DUPLICATE);
        assertThatThrownBy(() -> s.incoming().receive(new ConfirmedImport(again, again.proposed()), null,
                LocalDate.of(2025, 3, 21), List.of(FilingMaterial.values())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("没有登记进台账");
        assertThat(s.register().page(RegisterQuery.firstPage()).total()).isEqualTo(1);
        assertThat(s.filings().list(FilingQuery.all())).hasSize(1);
    }

    @Test
    void whatWouldRefuseTheFilingIsCheckedBeforeTheDocumentIsSaved() {
        ImportCandidate c = s.incoming().examine(word).candidate();
        ImportFields p = c.proposed();
        ImportFields unpublished = new ImportFields(p.title(), null, p.issuerId(), p.coIssuerIds(), p.signedOn(),
                p.effectiveOn(), p.validUntil(), p.trial());
        assertThatThrownBy(() -> s.incoming().receive(new ConfirmedImport(c, unpublished), null,
                LocalDate.of(2025, 3, 20), List.of(FilingMaterial.values())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已公布的文件");
        ImportFields county = new ImportFields(p.title(), p.docNumber(), gov.id(), p.coIssuerIds(), p.signedOn(),
                p.effectiveOn(), p.validUntil(), p.trial());
        assertThatThrownBy(() -> s.incoming().receive(new ConfirmedImport(c, county), null,
                LocalDate.of(2025, 3, 20), List.of(FilingMaterial.values())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("接收备案");
        assertThatThrownBy(() -> s.incoming().receive(new ConfirmedImport(c, p), null,
                LocalDate.of(2025, 3, 1), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("公布日期");
        assertThat(s.register().page(RegisterQuery.firstPage()).total()).isZero();
        assertThat(s.filings().list(FilingQuery.all())).isEmpty();
    }

    @Test
    void aBrokenFileSaysWhyInChinese() throws Exception {
        Path broken = Files.write(dir.resolve("坏文件.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        ImportCandidate c = s.incoming().examine(broken).candidate();
        assertThat(c.status()).isEqualTo(ImportCandidate.Status.UNREADABLE);
        assertThat(c.reason()).containsPattern("[\\u4e00-\\u9fff]");
    }
}
