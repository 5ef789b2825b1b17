package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.access.Actor;
import org.normdesk.store.DatabaseBrokenException;
import org.normdesk.store.FileEncryption;
import org.normdesk.store.WrongDataPasswordException;
import org.normdesk.store.RawDatabase;

/**
 * 数据文件加密 on real H2 files: what is on the disk before and after, opening with the right, a
 * wrong and no password, changing the password, turning it off, backups and restores of an
 * encrypted folder, and a switch interrupted between its steps.
 */
class EncryptionServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "清河县城市道路管理办法（第3号）";
    private static final Actor ADMIN = Actor.system("测试");

    @TempDir
    Path data;
    @TempDir
    Path files;
    @TempDir
    Path elsewhere;

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 16).atTime(9, 0).atZone(ZONE).toInstant(),
            ZONE);

    @BeforeEach
    void twoDocuments() throws Exception {
        try (Services s = Services.open(data, clock, "测试")) {
            s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
            assertThat(s.imports().importAll(List.of(published("a.txt", 3), published("b.txt", 4)), Progress.NONE)
                    .imported()).hasSize(2);
        }
    }

    private Path published(String name, int number) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", "清河县人民政府文件", "清政发〔2025〕" + number + "号",
                "清河县城市道路管理办法（第" + number + "号）", "第一条 为了加强城市道路管理，制定本办法。",
                "第二条 本办法自2025年3月1日起施行，有效期5年。", "清河县人民政府", "2025年2月14日"), StandardCharsets.UTF_8);
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private static boolean fileHolds(Path folder, String text) throws Exception {
        byte[] file = Files.readAllBytes(folder.resolve("normdesk.mv.db"));
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= file.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (file[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(BackupFile.sha256().digest(Files.readAllBytes(file)));
    }

    private Services open(Path folder, String password) {
        return Services.open(folder, clock, "测试", DataPassword.given(pw(password)));
    }

    private DataKey encrypt(String password) {
        return EncryptionService.encrypt(data, clock, ADMIN, DataKey.plain(), pw(password), pw(password));
    }

    /** On disk, the full-text index would hold the texts in the clear: an encrypted folder keeps it in memory. */
    @Test
    void anEncryptedFolderSearchesItsTextsWithoutAnIndexOnDisk() throws Exception {
        try (Services s = Services.open(data, clock, "测试")) {
            assertThat(s.register().page(org.normdesk.domain.RegisterQuery.firstPage().withText("加强城市道路")).total())
                    .isEqualTo(2);
        }
        assertThat(data.resolve("index")).isDirectory();

        encrypt("清河县司法局2025");

        try (Services s = open(data, "清河县司法局2025")) {
            assertThat(data.resolve("index")).doesNotExist();
            assertThat(s.register().page(org.normdesk.domain.RegisterQuery.firstPage().withText("加强城市道路")).total())
                    .isEqualTo(2);
            assertThat(data.resolve("index")).doesNotExist();
        }
    }

    @Test
    void encryptedFileHidesTheTextAndOpensOnlyWithTheRightPassword() throws Exception {
        // the original .txt files live in the database as they are: their UTF-8 text is on the disk
        assertThat(fileHolds(data, TITLE)).isTrue();
        assertThat(FileEncryption.isEncrypted(data)).isFalse();

        encrypt("清河县司法局2025");

        assertThat(FileEncryption.isEncrypted(data)).isTrue();
        assertThat(fileHolds(data, TITLE)).isFalse();
        assertThat(fileHolds(data, "清河县")).isFalse();
        String marker = Files.readString(data.resolve(FileEncryption.MARKER));
        assertThat(marker).contains("PBKDF2WithHmacSHA256").contains("210000").doesNotContain("清河县司法局2025");
        assertThat(data.resolve("encryption.json.new")).doesNotExist();

        try (Services s = open(data, "清河县司法局2025")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
            assertThat(s.encrypted()).isTrue();
            assertThat(s.audit().verify().intact()).isTrue();
        }

        String before = sha256(data.resolve("normdesk.mv.db"));
        assertThatThrownBy(() -> open(data, "wrong-password"))
                .isInstanceOf(WrongDataPasswordException.class)
                .isNotInstanceOf(DatabaseBrokenException.class)
                .hasMessageContaining("数据文件密码不正确");
        assertThatThrownBy(() -> Services.open(data, clock, "测试"))
                .isInstanceOfSatisfying(WrongDataPasswordException.class, e -> assertThat(e.missing()).isTrue())
                .hasMessageContaining("需要数据文件密码");
        assertThat(sha256(data.resolve("normdesk.mv.db"))).isEqualTo(before);
        // the folder is released after a refusal: the right password still opens it
        try (Services s = open(data, "清河县司法局2025")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
    }

    @Test
    void aPromptIsAskedAgainUntilTheRightPassword() {
        encrypt("first-password");
        List<Boolean> retries = new ArrayList<>();
        List<String> typed = new ArrayList<>(List.of("nope-1", "nope-2", "first-password"));
        try (Services s = Services.open(data, clock, "测试", (folder, retry) -> {
            retries.add(retry);
            return java.util.Optional.of(pw(typed.remove(0)));
        })) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        assertThat(retries).containsExactly(false, true, true);
    }

    @Test
    void passwordCanBeChangedAndEncryptionTurnedOff() throws Exception {
        DataKey first = encrypt("first-password");
        String firstSalt = FileEncryption.marker(data).salt();

        assertThatThrownBy(() -> EncryptionService.encrypt(data, clock, ADMIN, first, pw("short"), pw("short")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("至少需要 8 个字符");
        assertThatThrownBy(() -> EncryptionService.encrypt(data, clock, ADMIN, first, pw("second-pass"), pw("second-paz")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不一致");
        assertThatThrownBy(() -> EncryptionService.encrypt(data, clock, ADMIN, DataKey.plain(), pw("other-one"),
                null)).hasMessageContaining("已经加密");
        assertThatThrownBy(() -> EncryptionService.encrypt(data, clock, Actor.nobody(), first, pw("second-pass"), null))
                .isInstanceOf(RuntimeException.class);

        DataKey second = EncryptionService.encrypt(data, clock, ADMIN, first, pw("second-pass"), null);
        assertThat(FileEncryption.marker(data).salt()).isNotEqualTo(firstSalt);
        assertThatThrownBy(() -> open(data, "first-password")).isInstanceOf(WrongDataPasswordException.class);
        try (Services s = open(data, "second-pass")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        // the key of the first password no longer fits
        assertThatThrownBy(() -> EncryptionService.decrypt(data, clock, ADMIN, first))
                .isInstanceOf(WrongDataPasswordException.class);

        EncryptionService.decrypt(data, clock, ADMIN, second);
        assertThat(FileEncryption.isEncrypted(data)).isFalse();
        assertThat(data.resolve(FileEncryption.MARKER)).doesNotExist();
        assertThat(fileHolds(data, TITLE)).isTrue();
        assertThat(actions()).containsSubsequence("ENCRYPT", "REKEY", "DECRYPT");
        try (Services s = Services.open(data, clock, "测试")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
            assertThat(s.audit().verify().intact()).isTrue();
        }
        assertThatThrownBy(() -> EncryptionService.decrypt(data, clock, ADMIN, DataKey.plain()))
                .hasMessageContaining("未加密");
        // no working copy is left behind in the data folder
        try (var list = Files.list(data)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".encryption"));
        }
    }

    /** The audit actions on DATA, straight from the (plain) database file. */
    private List<String> actions() throws Exception {
        List<String> actions = new ArrayList<>();
        try (var c = RawDatabase.connect(data);
             var rs = c.createStatement().executeQuery("select action from audit_event where entity = 'DATA' order by id")) {
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        return actions;
    }

    @Test
    void backupOfAnEncryptedFolderIsEncryptedAndRestoresOnlyWithItsPassword() throws Exception {
        DataKey key = encrypt("backup-password");
        Path backup;
        try (Services s = open(data, "backup-password")) {
            backup = s.backups().backupTo(elsewhere.resolve("b.zip")).file();
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            BackupManifest m = Json.mapper().readValue(zip.getInputStream(zip.getEntry("manifest.json")),
                    BackupManifest.class);
            assertThat(m.encrypted()).isTrue();
            assertThat(zip.getEntry("database/encryption.json")).isNotNull();
            byte[] db = zip.getInputStream(zip.getEntry("database/normdesk.mv.db")).readAllBytes();
            assertThat(new String(db, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        }
        assertThatThrownBy(() -> BackupService.check(backup)).isInstanceOf(WrongDataPasswordException.class)
                .hasMessageContaining("b.zip").hasMessageContaining("已加密");
        assertThat(BackupService.check(backup, DataPassword.known(key, DataPassword.NONE)).documents()).isEqualTo(2);

        // into another, plain folder: a wrong password refuses and leaves it as it was
        Path other = elsewhere.resolve("other");
        try (Services s = Services.open(other, clock, "测试")) {
            assertThat(s.register().summary().documents()).isZero();
        }
        String before = sha256(other.resolve("normdesk.mv.db"));
        assertThatThrownBy(() -> Services.restore(other, backup, clock, ADMIN, DataPassword.NONE,
                DataPassword.given(pw("not-the-password"))))
                .isInstanceOf(WrongDataPasswordException.class).hasMessageContaining("不正确");
        assertThat(sha256(other.resolve("normdesk.mv.db"))).isEqualTo(before);
        assertThat(FileEncryption.isEncrypted(other)).isFalse();
        assertThat(other.resolve(FileEncryption.MARKER)).doesNotExist();

        BackupService.RestoreReport r = Services.restore(other, backup, clock, ADMIN, DataPassword.NONE,
                DataPassword.given(pw("backup-password")));
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.key().encrypted()).isTrue();
        assertThat(FileEncryption.isEncrypted(other)).isTrue();
        try (Services s = open(other, "backup-password")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        // and an unencrypted backup put back into the encrypted folder makes it plain again (the old marker goes)
        Path plainBackup;
        try (Services s = Services.open(elsewhere.resolve("plain"), clock, "测试")) {
            plainBackup = s.backups().backupTo(elsewhere.resolve("plain.zip")).file();
        }
        BackupService.RestoreReport back = Services.restore(other, plainBackup, clock, ADMIN,
                DataPassword.known(r.key(), DataPassword.NONE), DataPassword.NONE);
        assertThat(back.key().encrypted()).isFalse();
        assertThat(FileEncryption.isEncrypted(other)).isFalse();
        assertThat(other.resolve(FileEncryption.MARKER)).doesNotExist();
        // the safety backup of the encrypted data is itself encrypted, and opens with its key
        assertThat(BackupService.check(back.safetyBackup(), DataPassword.known(r.key(), DataPassword.NONE)).encrypted())
                .isTrue();
    }

    @Test
    void aSwitchInterruptedBetweenItsStepsLeavesADatabaseThatOpens() throws Exception {
        encrypt("first-password");
        Path marker = data.resolve(FileEncryption.MARKER);
        Path oldMarker = elsewhere.resolve("old-marker.json");
        Files.copy(marker, oldMarker);
        DataKey first = DataKey.of(FileEncryption.unlock(data, pw("first-password")));
        EncryptionService.encrypt(data, clock, ADMIN, first, pw("second-pass"), null);

        // crash after the new file was renamed into place, before its marker was: new file, old marker, pending new one
        Files.move(marker, data.resolve("encryption.json.new"));
        Files.copy(oldMarker, marker);
        try (Services s = open(data, "second-pass")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        assertThat(data.resolve("encryption.json.new")).doesNotExist();

        // crash before the new file came: a pending marker that belongs to no file is dropped
        Files.copy(marker, data.resolve("encryption.json.new"));
        Files.writeString(data.resolve("encryption.json.new"),
                Files.readString(marker).replaceAll("\"file\" : \"[0-9a-f]+\"", "\"file\" : \"0000000000000000\""));
        try (Services s = open(data, "second-pass")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        assertThat(data.resolve("encryption.json.new")).doesNotExist();

        // a working copy left by a crash mid-switch (plain, when turning on) is deleted at the next opening
        Path leftover = Files.createDirectories(data.resolve(".encryption123"));
        Files.writeString(leftover.resolve("normdesk.mv.db"), TITLE);
        try (Services s = open(data, "second-pass")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        assertThat(leftover).doesNotExist();

        // turning off interrupted after the plain file was in place: the stale marker is ignored and dropped
        Files.copy(marker, oldMarker, StandardCopyOption.REPLACE_EXISTING);
        EncryptionService.decrypt(data, clock, ADMIN, DataKey.of(FileEncryption.unlock(data, pw("second-pass"))));
        Files.copy(oldMarker, marker);
        try (Services s = Services.open(data, clock, "测试")) {
            assertThat(s.register().summary().documents()).isEqualTo(2);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void anEncryptedFileWithoutItsMarkerSaysSoAndIsNotCalledDamaged() throws Exception {
        encrypt("first-password");
        Files.delete(data.resolve(FileEncryption.MARKER));
        assertThatThrownBy(() -> open(data, "first-password"))
                .isNotInstanceOf(DatabaseBrokenException.class)
                .hasMessageContaining("encryption.json").hasMessageContaining("缺失");
    }
}
