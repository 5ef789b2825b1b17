package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RuleViolation;
import org.normdesk.store.Database;
import org.normdesk.store.RawDatabase;

/**
 * Backups on real H2 files: what a backup holds, that a restore brings back the earlier documents
 * and original files, that every kind of bad file is refused with the data left as it was, and
 * the generations in the data folder and the second folder.
 */
class BackupServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path data;
    @TempDir
    Path files;
    @TempDir
    Path elsewhere;

    private MutableClock clock;
    private Services services;

    @BeforeEach
    void open() throws Exception {
        clock = new MutableClock(LocalDate.of(2025, 6, 16).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        services = Services.open(data, clock, "测试");
        services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        ImportReport report = services.imports().importAll(List.of(published("a.txt", 3), published("b.txt", 4)),
                Progress.NONE);
        assertThat(report.imported()).hasSize(2);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private Path published(String name, int number) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", "清河县人民政府文件", "清政发〔2025〕" + number + "号",
                "清河县城市道路管理办法（第" + number + "号）", "第一条 为了加强城市道路管理，制定本办法。",
                "第二条 本办法自2025年3月1日起施行，有效期5年。", "清河县人民政府", "2025年2月14日"), StandardCharsets.UTF_8);
    }

    private void later(int days) {
        clock.set(clock.instant().plusSeconds(days * 86_400L));
    }

    /** Counted straight from the closed folder's database, not through the code under test. */
    private record Stored(long documents, List<String> titles, List<String> originals) {
    }

    private Stored stored() throws Exception {
        try (var c = RawDatabase.connect(data);
             var s = c.createStatement()) {
            List<String> titles = new ArrayList<>();
            try (var rs = s.executeQuery("select title from document order by id")) {
                while (rs.next()) {
                    titles.add(rs.getString(1));
                }
            }
            List<String> originals = new ArrayList<>();
            try (var rs = s.executeQuery("select file_name, content from original_file order by id")) {
                while (rs.next()) {
                    originals.add(rs.getString(1) + ":" + sha256(rs.getBytes(2)));
                }
            }
            return new Stored(titles.size(), titles, originals);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(BackupFile.sha256().digest(bytes));
    }

    @Test
    void aBackupHoldsTheDatabaseAndAManifestAndIsVerified() throws Exception {
        BackupService.BackupResult r = services.backups().backupTo(elsewhere.resolve("b.zip"));
        assertThat(r.file()).exists();
        assertThat(r.bytes()).isEqualTo(Files.size(r.file())).isPositive();
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.originals()).isEqualTo(2);
        try (ZipFile zip = new ZipFile(r.file().toFile())) {
            BackupManifest m = Json.mapper().readValue(zip.getInputStream(zip.getEntry("manifest.json")), BackupManifest.class);
            assertThat(m.app()).isEqualTo("normdesk");
            assertThat(m.schemaVersion()).isEqualTo(newestMigration());
            assertThat(m.documents()).isEqualTo(2);
            assertThat(m.createdAt()).isEqualTo(LocalDateTime.of(2025, 6, 16, 9, 0));
            ZipEntry entry = zip.getEntry("database/normdesk.mv.db");
            byte[] db = zip.getInputStream(entry).readAllBytes();
            assertThat(sha256(db)).isEqualTo(m.databaseSha256());
            assertThat(db.length).isEqualTo(m.databaseBytes());
            // H2's compressed copy, taken as it is: the backup is a fraction of the database's size
            assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(entry.getCompressedSize()).isLessThan(db.length / 2);
        }
        // no temporary files are left next to it
        try (var left = Files.list(elsewhere)) {
            assertThat(left).containsExactly(r.file());
        }
    }

    @Test
    void restoreBringsBackTheEarlierDocumentsAndOriginals() throws Exception {
        Path backup = services.backups().backupTo(elsewhere.resolve("before.zip")).file();
        services.close();
        services = null;
        Stored before = stored();

        services = Services.open(data, clock, "测试");
        services.imports().importAll(List.of(published("c.txt", 5)), Progress.NONE);
        NormativeDocument first = services.register().find(1).orElseThrow();
        services.register().update(first.toBuilder().title("改过的标题").build());
        services.close();
        services = null;
        Stored changed = stored();
        assertThat(changed.documents()).isEqualTo(3);

        BackupService.RestoreReport report = Services.restore(data, backup, clock, "测试");

        assertThat(stored()).isEqualTo(before);
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.originals()).isEqualTo(2);
        // the data before the restore is itself a backup that brings the change back
        assertThat(report.safetyBackup()).exists().hasParent(data.resolve("backups"));
        assertThat(BackupService.check(report.safetyBackup()).documents()).isEqualTo(3);
        Services.restore(data, report.safetyBackup(), clock, "测试");
        assertThat(stored()).isEqualTo(changed);
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".restore") || n.endsWith(".before-restore"));
        }
    }

    @Test
    void damagedForeignAndNewerBackupsAreRefusedAndTheDataStays() throws Exception {
        Path good = services.backups().backupTo(elsewhere.resolve("good.zip")).file();
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(elsewhere.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        byte[] noise = new byte[50_000];
        new Random(8).nextBytes(noise);
        Path random = Files.write(elsewhere.resolve("random.zip"), noise);
        Path foreign = zip(elsewhere.resolve("foreign.zip"), "photos/1.jpg", noise);
        Path otherApp = zip(elsewhere.resolve("other.zip"), "manifest.json",
                "{\"app\":\"someone-else\",\"format\":1}".getBytes(StandardCharsets.UTF_8));
        Path tampered = tamperedHash(good, elsewhere.resolve("tampered.zip"));
        Path newer = newerSchemaBackup(elsewhere.resolve("newer.zip"));
        services.close();
        services = null;
        Stored before = stored();

        assertRefused(truncated, "已损坏");
        assertRefused(random, "不是 normdesk 备份文件");
        assertRefused(foreign, "不是 normdesk 的备份");
        assertRefused(otherApp, "不是 normdesk 的备份");
        assertRefused(tampered, "校验值");
        assertRefused(newer, "较新版本的 normdesk");
        assertRefused(elsewhere.resolve("missing.zip"), "找不到备份文件");

        assertThat(stored()).isEqualTo(before);
        assertThat(data.resolve("backups")).doesNotExist(); // refused before any safety backup
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore"));
        }
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> Services.restore(data, file, clock, "测试"))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining(reason)
                .hasMessageContaining(file.getFileName().toString());
    }

    private static Path zip(Path target, String entry, byte[] content) throws Exception {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return target;
    }

    /** The same backup with one byte of its database changed, the manifest left alone. */
    private static Path tamperedHash(Path good, Path target) throws Exception {
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream out = Files.newOutputStream(target);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("database/")) {
                    content[content.length - 100] ^= 0x5a;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return target;
    }

    /** A correct backup of a database that a later normdesk (schema version 99) wrote. */
    private Path newerSchemaBackup(Path target) throws Exception {
        Path folder = Files.createDirectory(elsewhere.resolve("future"));
        try (Database db = Database.open(folder)) {
            db.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
        }
        BackupFile.write(target, folder.resolve("normdesk.mv.db"), new BackupManifest("normdesk", 1, "9.0", "99",
                LocalDateTime.now(), folder.toString(), 0, 0, null, 0, null));
        return target;
    }

    @Test
    void aFolderInUseIsNotRestoredInto() throws Exception {
        Path backup = services.backups().backupTo(elsewhere.resolve("b.zip")).file();
        assertThatThrownBy(() -> Services.restore(data, backup, clock, "测试"))
                .hasMessageContaining("已被另一个正在运行的 normdesk 打开");
        assertThat(services.register().summary().documents()).isEqualTo(2);
    }

    @Test
    void aDatabaseThatNoLongerOpensIsKeptAsARawCopyAndReplaced() throws Exception {
        Path backup = services.backups().backupTo(elsewhere.resolve("b.zip")).file();
        services.close();
        services = null;
        byte[] garbage = new byte[100_000];
        new Random(1).nextBytes(garbage);
        Files.write(data.resolve("normdesk.mv.db"), garbage);

        BackupService.RestoreReport report = Services.restore(data, backup, clock, "测试");

        assertThat(report.safetyBackup().getFileName().toString()).endsWith(".mv.db");
        assertThat(Files.readAllBytes(report.safetyBackup())).isEqualTo(garbage);
        assertThat(stored().documents()).isEqualTo(2);
    }

    @Test
    void aDamagedDatabaseIsRefusedWithTheNewestBackupNamedAndThatBackupBringsTheDataBack() throws Exception {
        services.backups().backupGeneration();
        later(1);
        Path newest = services.backups().backupGeneration().backup().file();
        services.close();
        services = null;
        // a disk fault over the file's two headers and its first chunks
        try (var file = java.nio.channels.FileChannel.open(data.resolve("normdesk.mv.db"),
                java.nio.file.StandardOpenOption.WRITE)) {
            byte[] garbage = new byte[16_384];
            new Random(7).nextBytes(garbage);
            file.write(java.nio.ByteBuffer.wrap(garbage), 0);
        }

        assertThatThrownBy(() -> Services.open(data, clock, "测试"))
                .isInstanceOfSatisfying(org.normdesk.store.DatabaseBrokenException.class,
                        e -> assertThat(e.newestBackup()).contains(newest))
                .hasMessageContaining("无法打开数据文件夹")
                .hasMessageContaining("最新的自动备份是 " + newest)
                .hasMessageContaining("2025年6月17日 09:00")
                .hasMessageContaining("normdesk restore");

        Services.restore(data, newest, clock, "测试");
        assertThat(stored().documents()).isEqualTo(2);
    }

    @Test
    void generationsArePrunedToTheSettingAndCopiedToTheSecondFolder() throws Exception {
        Path usb = elsewhere.resolve("usb");
        services.backups().saveSettings(new BackupSettings(3, usb.toString(), 1));
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BackupService.GenerationResult g = services.backups().backupGeneration();
            assertThat(g.secondFolderProblem()).isNull();
            assertThat(g.secondCopy()).hasValueSatisfying(copy ->
                    assertThat(copy).hasSameBinaryContentAs(g.backup().file()));
            made.add(g.backup().file());
            later(1);
        }
        assertThat(services.backups().generations()).containsExactly(made.get(4), made.get(3), made.get(2));
        try (var list = Files.list(usb)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    made.get(2).getFileName().toString(), made.get(3).getFileName().toString(),
                    made.get(4).getFileName().toString());
        }
        assertThat(made.get(0).getFileName().toString()).isEqualTo("normdesk-backup-2025-06-16_09-00-00.zip");
    }

    @Test
    void twoBackupsInOneSecondGetTwoNames() {
        Path a = services.backups().backupGeneration().backup().file();
        Path b = services.backups().backupGeneration().backup().file();
        assertThat(a).isNotEqualTo(b).exists();
        assertThat(b).exists();
        assertThat(services.backups().generations()).containsExactly(b, a);
    }

    @Test
    void aSecondFolderThatCannotBeWrittenIsReportedNotFatal() throws Exception {
        Path notAFolder = Files.writeString(elsewhere.resolve("usb-not-plugged"), "x");
        services.backups().saveSettings(new BackupSettings(10, notAFolder.toString(), 1));
        BackupService.GenerationResult g = services.backups().backupGeneration();
        assertThat(g.backup().file()).exists();
        assertThat(g.secondCopy()).isEmpty();
        assertThat(g.secondFolderProblem()).contains("第二个备份文件夹").contains(notAFolder.toString());
    }

    @Test
    void aGenerationIsDueAfterTheIntervalAndNeverWithIntervalZero() throws Exception {
        assertThat(services.backups().generationDue()).isTrue(); // none yet
        var done = new java.util.concurrent.LinkedBlockingQueue<Object>();
        services.backups().backupInBackgroundIfDue(done::add).orElseThrow().get();
        assertThat(done.take()).isInstanceOf(BackupService.GenerationResult.class);
        assertThat(services.backups().generationDue()).isFalse();
        assertThat(services.backups().backupInBackgroundIfDue(done::add)).isEmpty();
        later(1);
        assertThat(services.backups().generationDue()).isTrue();
        services.backups().saveSettings(new BackupSettings(10, "", 0));
        assertThat(services.backups().generationDue()).isFalse();
    }

    @Test
    void settingsAreKeptAndBadValuesRefused() {
        assertThat(services.backups().settings()).isEqualTo(BackupSettings.DEFAULTS);
        services.backups().saveSettings(new BackupSettings(5, " /mnt/usb ", 2));
        assertThat(services.backups().settings()).isEqualTo(new BackupSettings(5, "/mnt/usb", 2));
        assertThatThrownBy(() -> services.backups().saveSettings(new BackupSettings(0, "relative/dir", -1)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("1 到 999").hasMessageContaining("0 到 365").hasMessageContaining("完整路径");
        assertThat(services.backups().settings()).isEqualTo(new BackupSettings(5, "/mnt/usb", 2));
    }

    /** The version of the newest migration in the project (the schema a fresh folder is at). */
    private static String newestMigration() throws java.io.IOException {
        try (var files = Files.list(java.nio.file.Path.of("src", "main", "resources", "db", "migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
