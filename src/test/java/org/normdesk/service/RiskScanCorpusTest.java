package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskSeverity;

/**
 * The scan on real documents of the development corpus (../shared/corpus), read as the command line
 * reads them: the findings a reviewer would agree deserve a look, and none where the text is innocent.
 */
class RiskScanCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @TempDir
    static Path dir;
    private static Services services;

    @BeforeAll
    static void open() {
        services = Services.open(dir, Clock.systemDefaultZone(), "测试");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<RiskFinding> scan(String fileNameStart) throws Exception {
        Path file;
        try (Stream<Path> s = Files.list(CORPUS)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(fileNameStart)).findFirst().orElseThrow();
        }
        FileExtraction x = new ExtractionService(List.of()).extract(file);
        assertThat(x.succeeded()).isTrue();
        return services.risk().scan(x.result(), List.of()).findings();
    }

    private static List<RiskFinding> of(List<RiskFinding> all, RiskCategory c) {
        return all.stream().filter(f -> f.category() == c).toList();
    }

    @Test
    void grainReserveMeasuresOfAnshun() throws Exception {
        List<RiskFinding> f = scan("guizhou-anshun");
        // 未经市人民政府批准，任何单位和个人不得擅自动用市级储备粮: approval, and a duty on everyone
        assertThat(of(f, RiskCategory.LICENSING)).extracting(RiskFinding::articleRef).containsExactly("第四条");
        assertThat(of(f, RiskCategory.OBLIGATION)).extracting(RiskFinding::articleRef)
                .contains("第四条", "第四十条", "第四十二条");
        // 本办法自印发之日起施行 and no 有效期 anywhere
        assertThat(of(f, RiskCategory.NO_VALIDITY)).singleElement()
                .satisfies(x -> assertThat(x.sentence()).contains("本办法自印发之日起施行"));
        // the document's duties of the grain administration (承储企业应当…) are not flagged as penalties or fees
        assertThat(of(f, RiskCategory.PENALTY)).isEmpty();
        assertThat(of(f, RiskCategory.FEES)).isEmpty();
    }

    @Test
    void reportRewardRulesOfChongqing() throws Exception {
        List<RiskFinding> f = scan("chongqing-grain");
        // 本实施细则自发布之日起施行，有效期5年: no gap and no reason, but a 有效期
        assertThat(of(f, RiskCategory.SHORT_GAP)).singleElement()
                .satisfies(x -> assertThat(x.articleRef()).isEqualTo("第十五条"))
                .satisfies(x -> assertThat(x.severity()).isEqualTo(RiskSeverity.LOW));
        assertThat(of(f, RiskCategory.NO_VALIDITY)).isEmpty();
        assertThat(f).extracting(RiskFinding::severity).doesNotContain(RiskSeverity.HIGH);
    }

    @Test
    void heritageProtectionOfHuangpuCitesALawAmendedSince() throws Exception {
        List<RiskFinding> f = scan("sh-huangpu");
        // made in 2023, citing 文物保护法, revised on 2024-11-08
        assertThat(of(f, RiskCategory.OUTDATED_LAW)).isNotEmpty().allSatisfy(x -> {
            assertThat(x.why()).contains("文物保护法").contains("2024年11月8日");
            assertThat(x.severity()).isEqualTo(RiskSeverity.MEDIUM);
        });
        assertThat(of(f, RiskCategory.OUTDATED_LAW)).extracting(RiskFinding::articleRef).contains("第一条");
    }
}
