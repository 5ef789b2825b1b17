package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code normdesk bench} on a small register: every part of the suite runs and prints its figure
 * beside its target. (The figures themselves are for people; this only checks that each is measured.)
 */
class BenchSuiteTest {

    @Test
    void theSuitePrintsEveryFigureBesideItsTarget() {
        CliTest.Run run = CliTest.run("bench", "--documents", "400", "--no-window");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Arrays.asList(run.out().split("\\R"));
        for (String figure : List.of("register.firstPage", "register.search.title", "search.index.build",
                "search.fullText", "import.docx.examine", "import.docx.store", "risk.scan.draft",
                "risk.scan.vsSegmentation", "ledger.xlsx.open", "ledger.xlsx.search", "cleanup.tally",
                "export.filingRegister", "similar.prepare", "similar.request", "start.window", "rss.peak.bench")) {
            assertThat(lines).as(figure).anyMatch(l -> l.startsWith(figure + " "));
        }
        assertThat(lines).filteredOn(l -> l.startsWith("search.fullText ")).allMatch(l -> l.contains("目标 ≤ 100 ms"))
                // the phrase "自公布之日起" stands in the bodies of the published demo documents
                .first().asString().doesNotContain("→ 0 行");
        assertThat(lines).filteredOn(l -> l.startsWith("import.docx.examine ")).singleElement().asString()
                .contains("READY");
        assertThat(lines).filteredOn(l -> l.startsWith("start.window ")).singleElement().asString()
                .contains("--no-window");
        assertThat(run.out()).containsPattern("\\d+ / \\d+ ");
    }
}
