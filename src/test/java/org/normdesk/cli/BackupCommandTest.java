package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;

/** {@code normdesk backup}, {@code restore} and {@code export-all} on a real data folder. */
class BackupCommandTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private void fill(int documents) throws Exception {
        try (Services s = Services.open(data(), CliTest.CLOCK, "测试")) {
            if (s.issuers().all().isEmpty()) {
                s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
            }
            Path files = Files.createDirectories(dir.resolve("files-" + documents));
            for (int i = 0; i < documents; i++) {
                Files.writeString(files.resolve(i + ".txt"), String.join("\n", "清河县人民政府文件",
                        "清政发〔2024〕" + (documents * 10 + i) + "号", "清河县第" + (documents * 10 + i) + "号管理办法",
                        "第一条 为了加强管理，制定本办法。", "第二条 本办法自2024年3月1日起施行。", "清河县人民政府", "2024年2月14日"));
            }
            assertThat(s.imports().importAll(List.of(files), Progress.NONE).imported()).hasSize(documents);
        }
    }

    private long documents() {
        try (Services s = Services.open(data(), CliTest.CLOCK, "测试")) {
            return s.register().summary().documents();
        }
    }

    @Test
    void backupThenRestoreBringsBackTheEarlierRegister() throws Exception {
        fill(2);
        Path file = dir.resolve("备份/台账.zip");
        CliTest.Run backup = run("backup", "--data", data().toString(), "-o", file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains(file.toString()).contains("KB").contains("2 件文件").contains("已校验");
        assertThat(file).exists();

        fill(3);
        assertThat(documents()).isEqualTo(5);

        CliTest.Run restore = run("restore", "--data", data().toString(), file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("已从").contains("2 件文件").contains(data().toString())
                .contains("恢复前的数据已另存为").contains("normdesk-before-restore-");
        assertThat(documents()).isEqualTo(2);
    }

    @Test
    void backupWithoutOutputIsAGenerationInTheDataFolder() throws Exception {
        fill(1);
        CliTest.Run r = run("backup", "--data", data().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(data().resolve("backups").resolve("normdesk-backup-").toString());
        try (var files = Files.list(data().resolve("backups"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void restoreOfADamagedFileSaysSoInChineseAndKeepsTheData() throws Exception {
        fill(1);
        Path junk = Files.write(dir.resolve("坏的.zip"), new byte[] {1, 2, 3, 4, 5});
        CliTest.Run r = run("restore", "--data", data().toString(), junk.toString());
        assertThat(r.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(r.err()).contains("坏的.zip").contains("不是 normdesk 备份文件").contains("当前数据未作任何改动")
                .doesNotContain("Exception");
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void exportAllWritesWorkbooksAndTheOriginals() throws Exception {
        fill(2);
        try (Services s = Services.open(data(), CliTest.CLOCK, "测试")) {
            s.users().add("李四", org.normdesk.domain.access.Role.REVIEWER, "shenhe-2025".toCharArray(),
                    "shenhe-2025".toCharArray());
        }
        Path zipFile = dir.resolve("导出.zip");
        CliTest.Run r = run("export-all", "--data", data().toString(), "-o", zipFile.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(zipFile.toString()).contains("2 件文件").contains("2 个原件");
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).contains("documents.xlsx", "issuers.xlsx", "reviews.xlsx",
                    "audit_log.xlsx", "说明.txt");
            List<String> originals = zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("originals/")).toList();
            assertThat(originals).hasSize(2).allMatch(n -> n.endsWith(".txt"));
            String first = new String(zip.getInputStream(zip.getEntry(originals.get(0))).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(first).startsWith("清河县人民政府文件");
            try (XSSFWorkbook book = new XSSFWorkbook(zip.getInputStream(zip.getEntry("documents.xlsx")))) {
                Sheet docs = book.getSheet("文件");
                assertThat(docs.getLastRowNum()).isEqualTo(2); // header + 2
                List<String> header = new java.util.ArrayList<>();
                docs.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                assertThat(header).contains("title", "doc_number", "stage");
                int title = header.indexOf("title");
                assertThat(docs.getRow(1).getCell(title).getStringCellValue()).contains("管理办法");
                assertThat(book.getSheet("原件").getLastRowNum()).isEqualTo(2);
            }
            try (XSSFWorkbook book = new XSSFWorkbook(zip.getInputStream(zip.getEntry("audit_log.xlsx")))) {
                assertThat(book.getSheet("操作日志").getLastRowNum()).isGreaterThanOrEqualTo(3); // issuer + 2 documents
            }
            try (XSSFWorkbook book = new XSSFWorkbook(zip.getInputStream(zip.getEntry("users.xlsx")))) {
                Sheet users = book.getSheet("用户");
                List<String> header = new java.util.ArrayList<>();
                users.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                assertThat(header).contains("user_name", "role", "disabled").doesNotContain("password_hash");
                assertThat(users.getRow(1).getCell(header.indexOf("user_name")).getStringCellValue()).isEqualTo("李四");
            }
        }
    }
}
