package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;
import org.normdesk.service.Services;

/** {@code normdesk extend}: records 延长有效期 as the editor does, and refuses in one Chinese sentence. */
class ExtendCommandTest {
    @TempDir
    Path dir;

    private long publishedDocument(LocalDate validUntil) {
        try (Services s = Services.open(dir, CliTest.CLOCK, "测试")) {
            Issuer issuer = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT,
                    LocalDate.of(2019, 1, 1)));
            return s.register().create(NormativeDocument.draft("清河县临时占道管理办法", issuer.id(), DocumentKind.MEASURES)
                    .toBuilder().stage(Stage.PUBLISHED).docNumber("清政发〔2021〕2号").signedOn(LocalDate.of(2021, 3, 1))
                    .publishedOn(LocalDate.of(2021, 3, 1)).effectiveOn(LocalDate.of(2021, 4, 1)).validUntil(validUntil)
                    .build()).id();
        }
    }

    @Test
    void extendsAndLogsTheDecision() {
        long id = publishedDocument(LocalDate.of(2025, 8, 31));
        CliTest.Run r = CliTest.run("extend", String.valueOf(id), "--data", dir.toString(), "--until", "2027-08-31",
                "--basis", "经评估需继续实施（评估报告）", "--decided", "2025-06-10");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("已将“清河县临时占道管理办法”的有效期延长至2027-08-31，时效性：现行有效。");
        try (Services s = Services.open(dir, CliTest.CLOCK, "测试")) {
            assertThat(s.register().find(id).orElseThrow().validUntil()).isEqualTo(LocalDate.of(2027, 8, 31));
            assertThat(s.register().history(id)).extracting(AuditEvent::action).contains("EXTEND_VALIDITY");
        }
    }

    @Test
    void refusesAnEarlierDateABadDateAndAnUnknownDocument() {
        long id = publishedDocument(LocalDate.of(2025, 8, 31));
        CliTest.Run earlier = CliTest.run("extend", String.valueOf(id), "--data", dir.toString(), "--until", "2025-08-01",
                "--basis", "评估报告");
        assertThat(earlier.exit()).isEqualTo(2);
        assertThat(earlier.err()).contains("延长后的有效期至须晚于现在的有效期至（2025年8月31日）").doesNotContain("Exception");

        CliTest.Run badDate = CliTest.run("extend", String.valueOf(id), "--data", dir.toString(), "--until", "明年",
                "--basis", "评估报告");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("“明年”不是日期");

        CliTest.Run unknown = CliTest.run("extend", "999", "--data", dir.toString(), "--until", "2027-08-31",
                "--basis", "评估报告");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("没有编号为 999 的文件");
    }
}
