package org.normdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 no longer compacts the file in place; a file that mostly holds dead versions is compacted by
 * copying when it is closed, and keeps every live row.
 */
class ShutdownCompactionTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfMostlyOldVersionsShrinksWhenClosedAndKeepsEveryRow() throws Exception {
        Path folder = dir.resolve("data");
        Path file = folder.resolve(Backup.DATABASE_FILE);
        int rows = 400;
        String lastText;
        long grown;
        try (Database db = Database.open(folder)) {
            var dsl = db.dsl();
            dsl.execute("create table scratch(id int primary key, text varchar(100000))");
            Random random = new Random(7);
            lastText = null;
            // every row written five times, one transaction each, as edits are: four versions of five dead
            for (int round = 0; round < 5; round++) {
                for (int id = 0; id < rows; id++) {
                    lastText = text(random, 20_000);
                    dsl.execute("merge into scratch key(id) values(?, ?)", id, lastText);
                }
            }
            grown = Files.size(file);
            assertThat(grown).as("the edits left the file past the size where compaction starts")
                    .isGreaterThan(ShutdownCompaction.FROM_BYTES);
        }
        long closed = Files.size(file);
        System.out.printf("shutdown compaction: %.1f MB before closing, %.1f MB after%n", grown / 1e6, closed / 1e6);
        assertThat(closed).as("closing compacted the dead versions away").isLessThan(grown / 2);

        try (Database db = Database.open(folder)) {
            assertThat(db.dsl().fetchCount(DSL.table("scratch"))).isEqualTo(rows);
            assertThat(db.dsl().fetchValue("select text from scratch where id = ?", rows - 1)).isEqualTo(lastText);
        }
        assertThat(Files.size(file)).as("a file of live data is left alone on closing").isLessThan(grown / 2);
    }

    @Test
    void aSmallFileIsClosedAsItIs() throws Exception {
        Path folder = dir.resolve("data");
        try (Database db = Database.open(folder)) {
            db.dsl().execute("create table scratch(id int primary key, text varchar(1000))");
            for (int round = 0; round < 20; round++) {
                db.dsl().execute("merge into scratch key(id) values(1, ?)", "第" + round + "版");
            }
        }
        try (Database db = Database.open(folder);
             var c = db.dsl().configuration().connectionProvider().acquire()) {
            assertThat(ShutdownCompaction.closeCompactedIfMostlyDead(c)).as("too small to be worth a copy").isFalse();
            assertThat(db.dsl().fetchValue("select text from scratch where id = 1")).isEqualTo("第19版");
        }
    }

    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('一' + random.nextInt(3000)));
        }
        return b.toString();
    }
}
