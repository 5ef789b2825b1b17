package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;

/**
 * Every page of the register, whole or filtered by 阶段 and 时效性, in every order, holds exactly the rows that
 * the whole filtered register sorted the same way holds at that place, and the count beside it is
 * the number of those rows. A page near the top is found by walking the sort column's index; the
 * whole register, read in one page, is sorted by the database: the two must agree, ties, empty
 * dates and all.
 */
class RegisterOrderTest {
    private static final List<UnaryOperator<RegisterQuery>> FILTERS = List.of(
            q -> q, // the whole register: an ascending order walks the filled values, then the empty ones
            q -> q.withStage(Stage.PUBLISHED),
            q -> q.withStage(Stage.DRAFTING), // no 文号 and no dates: the walk has to give up on them
            q -> q.withValidity(Validity.IN_FORCE),
            q -> q.withValidity(Validity.EXPIRED),
            q -> q.withStage(Stage.PUBLISHED).withValidity(Validity.REPEALED));

    @TempDir
    static Path dir;
    private static Services services;

    @BeforeAll
    static void fill() {
        services = Services.open(dir, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")), "审核员甲");
        services.demo().loadBulk(3_000, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @ParameterizedTest
    @EnumSource(RegisterColumn.class)
    void eachPageIsTheSliceOfTheWholeSortedRegister(RegisterColumn column) {
        for (UnaryOperator<RegisterQuery> filter : FILTERS) {
            for (boolean descending : new boolean[] {true, false}) {
                RegisterQuery query = filter.apply(RegisterQuery.firstPage()).sortedBy(column, descending);
                List<Long> whole = ids(services.register().page(query.page(0, 100_000)));
                assertThat(whole).as("%s", query).isNotEmpty();
                // the top, a little further, and the end, where the empty values come (drafts: about 300)
                for (int offset : new int[] {0, 50, 400, Math.max(0, whole.size() - 320), Math.max(0, whole.size() - 30)}) {
                    Page<RegisterRow> page = services.register().page(query.page(offset, 50));
                    assertThat(page.total()).as("count of %s", query).isEqualTo(whole.size());
                    assertThat(ids(page)).as("page at %d of %s", offset, query)
                            .isEqualTo(whole.subList(Math.min(offset, whole.size()), Math.min(offset + 50, whole.size())));
                }
            }
        }
    }

    private static List<Long> ids(Page<RegisterRow> page) {
        return page.rows().stream().map(RegisterRow::id).toList();
    }
}
