package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.service.Services;

import picocli.CommandLine;

/** {@code normdesk import}: one line per file and the Chinese summary; exit 1 when a file failed. */
class ImportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void importsAFolderAndReportsTheFailure() throws Exception {
        try (Services s = Services.open(data, Clock.systemDefaultZone(), "测试")) {
            s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        }
        Files.writeString(files.resolve("a.txt"), String.join("\n", "清河县人民政府文件", "清政发〔2025〕3号",
                "清河县城市道路管理办法", "第一条 本办法自2025年3月1日起施行。", "清河县人民政府", "2025年2月14日"));
        Files.write(files.resolve("b.docx"), new byte[0]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportCommand command = new ImportCommand(folder -> Services.open(data, Clock.systemDefaultZone(), "cli"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute(files.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(out).contains("清河县城市道路管理办法").contains("b.docx").contains("空的")
                .contains("新增 1 件，重复 0 件，失败 1 件");
    }
}
