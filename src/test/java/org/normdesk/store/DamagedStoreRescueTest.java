package org.normdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.h2.api.ErrorCode;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real damaged database: the file CrashSafetyTest left when H2 2.3.232's compaction on close failed
 * after a killed import (seven documents committed). H2 refuses it with "Double mark"; normdesk opens
 * it with every document, keeping the damaged file as it was.
 */
class DamagedStoreRescueTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatH2RefusesAsDamagedOpensRescuedWithItsDocumentsAndTheDamagedFileIsKept() throws Exception {
        Path folder = dir.resolve("data");
        Path file = unpackDamagedFixture(folder);
        byte[] damaged = Files.readAllBytes(file);

        // the fixture is what it claims to be: H2 itself refuses it (if an H2 upgrade opens it, say so)
        assertThatThrownBy(() -> DriverManager.getConnection(Database.jdbcUrl(folder), "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.FILE_CORRUPTED_1));

        try (Database db = Database.open(folder)) {
            assertThat(db.rescuedFrom()).as("the opening says it rescued the file").isPresent();
            Path kept = db.rescuedFrom().get();
            assertThat(kept.getParent()).isEqualTo(folder);
            assertThat(kept.getFileName().toString()).startsWith("normdesk-damaged-").endsWith(".mv.db");
            assertThat(Files.readAllBytes(kept)).as("the damaged file is kept as it was").isEqualTo(damaged);
            assertThat(db.dsl().fetchCount(DSL.table("DOCUMENT"))).as("the seven committed documents").isEqualTo(7);
            assertThat(new Backup(db).readThrough()).as("every row of every table reads").isPositive();
        }
        try (Database again = Database.open(folder)) {
            assertThat(again.rescuedFrom()).as("the rescued file opens as it is").isEmpty();
            assertThat(again.dsl().fetchCount(DSL.table("DOCUMENT"))).isEqualTo(7);
        }
        assertThat(leftovers(folder)).as("no temporary file is left").noneMatch(n -> n.contains("rescue"));
    }

    @Test
    void aFileThatCannotBeReadEvenSoIsRefusedAsBeforeAndLeftUntouched() throws Exception {
        Path folder = dir.resolve("data");
        Files.createDirectories(folder);
        Path file = folder.resolve(Backup.DATABASE_FILE);
        byte[] garbage = new byte[64 * 1024];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(DatabaseBrokenException.class)
                .hasMessageContaining("数据未作任何改动");
        assertThat(Files.readAllBytes(file)).as("nothing was written over").isEqualTo(garbage);
        assertThat(leftovers(folder)).as("no kept copy or temporary file of a rescue that did not happen")
                .noneMatch(n -> n.contains("damaged") || n.contains("rescue"));
    }

    private static Path unpackDamagedFixture(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(Backup.DATABASE_FILE);
        try (InputStream in = new GZIPInputStream(
                DamagedStoreRescueTest.class.getResourceAsStream("/damaged/double-mark.mv.db.gz"))) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> leftovers(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
