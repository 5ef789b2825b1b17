package org.normdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a data folder: what survives a restart, and each way it can refuse to open. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFolderMigratesAndKeepsDataAcrossRestarts() {
        Path folder = dir.resolve("nested/normdesk");
        try (Database db = Database.open(folder)) {
            db.dsl().execute("insert into issuer(name, category) values ('清河县人民政府', 'GOVERNMENT')");
        }
        assertThat(folder.resolve("normdesk.mv.db")).exists();
        try (Database db = Database.open(folder)) {
            assertThat(new IssuerRepository(db.dsl()).findByName("清河县人民政府")).isPresent();
        }
    }

    /** A start skips Flyway when the database is at {@link Database#NEWEST_MIGRATION}: it must be the newest file. */
    @Test
    void theNewestMigrationConstantNamesTheNewestMigrationFile() throws Exception {
        Path migrations = Path.of(Database.class.getResource("/db/migration").toURI());
        int newest;
        try (var files = Files.list(migrations)) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.NEWEST_MIGRATION).isEqualTo(String.valueOf(newest));
        try (Database db = Database.open(dir)) {
            assertThat(new Backup(db).schemaVersion()).isEqualTo(Database.NEWEST_MIGRATION);
        }
    }

    @Test
    void aFolderAlreadyOpenIsRefusedAndTheOpenOneKeepsWorking() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessageContaining("已被另一个正在运行的 normdesk 打开");
            assertThat(new IssuerRepository(first.dsl()).count()).isZero();
        }
        // and once the first is closed the folder opens again
        try (Database again = Database.open(dir)) {
            assertThat(again.folder()).isEqualTo(dir);
        }
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefusedUntouched() throws Exception {
        try (Database db = Database.open(dir)) {
            db.dsl().execute("insert into issuer(name, category) values ('清河县财政局', 'DEPARTMENT')");
        }
        try (var c = DriverManager.getConnection(Database.jdbcUrl(dir), "sa", "")) {
            c.createStatement().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
        }
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("较新版本的 normdesk")
                .hasMessageContaining("99");
        try (var c = DriverManager.getConnection(Database.jdbcUrl(dir), "sa", "");
             var rs = c.createStatement().executeQuery("select count(*) from issuer")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("无法创建数据文件夹");
    }

    @Test
    void aReadOnlyFolderIsRefusedWithoutWriting() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> Database.open(readOnly))
                    .isInstanceOf(DataFolderException.class)
                    .hasMessageContaining("不可写入");
            try (var files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
