package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.access.AuditBreak;
import org.normdesk.store.RawDatabase;

/**
 * The audit log as a hash chain on real H2 files: intact after ordinary and concurrent work, and
 * every kind of tampering done with plain JDBC (the way someone past normdesk would) is found and
 * named by its event.
 */
class AuditChainTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Services open() {
        return Services.open(dir, new MutableClock(LocalDate.of(2025, 3, 3).atStartOfDay(ZONE).toInstant(), ZONE),
                "测试");
    }

    /** Ten issuers: ten events after the opening's own. Returns the ids of all events. */
    private List<Long> someEvents() throws SQLException {
        try (Services s = open()) {
            for (int i = 1; i <= 10; i++) {
                s.issuers().add(Issuer.create("清河县第" + i + "局", "清" + i, IssuerCategory.DEPARTMENT, null));
            }
            assertThat(s.audit().verify().intact()).isTrue();
        }
        return ids();
    }

    private Connection jdbc() throws SQLException {
        return RawDatabase.connect(dir);
    }

    private List<Long> ids() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = jdbc(); var rs = c.createStatement().executeQuery("select id from audit_event order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** What someone with the file and the H2 console would do: drop the guard, then change the log. */
    private void tamper(String... sql) throws SQLException {
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_event_append_only");
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private List<AuditBreak> verify() {
        try (Services s = open()) {
            return s.audit().verify().breaks();
        }
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteAnEvent() throws Exception {
        List<Long> ids = someEvents();
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("update audit_event set summary = 'x' where id = " + ids.get(3)))
                    .hasMessageContaining("审计日志只能追加");
            assertThatThrownBy(() -> st.execute("delete from audit_event where id = " + ids.get(3)))
                    .hasMessageContaining("审计日志只能追加");
        }
        assertThat(verify()).isEmpty();
    }

    @Test
    void aChangedEventIsNamed() throws Exception {
        List<Long> ids = someEvents();
        long victim = ids.get(4);
        tamper("update audit_event set actor = '别人' where id = " + victim);
        assertThat(verify()).containsExactly(new AuditBreak(victim, AuditBreak.Kind.CHANGED, ids.get(3)));
    }

    @Test
    void aChangedEventWhoseHashWasRecomputedBreaksTheLinkOfTheNextOne() throws Exception {
        List<Long> ids = someEvents();
        long victim = ids.get(4);
        // the tamperer even stores a new (wrong-chain) hash: the next event no longer points to it
        tamper("update audit_event set summary = '改过', event_hash = '" + "ab".repeat(32) + "' where id = " + victim);
        assertThat(verify()).contains(new AuditBreak(ids.get(5), AuditBreak.Kind.LINK_BROKEN, victim));
    }

    @Test
    void aDeletedEventInTheMiddleIsFoundAtTheEventAfterIt() throws Exception {
        List<Long> ids = someEvents();
        tamper("delete from audit_event where id = " + ids.get(5));
        List<AuditBreak> breaks = verify();
        assertThat(breaks).containsExactly(new AuditBreak(ids.get(6), AuditBreak.Kind.LINK_BROKEN, ids.get(4)));
        assertThat(breaks.get(0).describe()).isEqualTo("事件 #" + ids.get(6)
                + "：与前一事件的链接断开：其前的事件被删除或插入（前一事件 #" + ids.get(4) + "）");
    }

    @Test
    void removingTheNewestEventsShowsThroughTheChainHead() throws Exception {
        List<Long> ids = someEvents();
        int n = ids.size();
        tamper("delete from audit_event where id >= " + ids.get(n - 2));
        assertThat(verify()).containsExactly(new AuditBreak(ids.get(n - 3), AuditBreak.Kind.TAIL_REMOVED,
                ids.get(n - 1)));
    }

    @Test
    void anEventSlippedInWithoutAHashIsNamed() throws Exception {
        someEvents();
        tamper("insert into audit_event (occurred_at, actor, entity, entity_id, action) "
                + "values (timestamp '2025-03-03 10:00:00', '外人', 'DOCUMENT', 1, 'DELETE')");
        long slipped = ids().get(ids().size() - 1);
        assertThat(verify()).extracting(AuditBreak::eventId, AuditBreak::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(slipped, AuditBreak.Kind.UNCHAINED));
    }

    @Test
    void concurrentTransactionsAppendOneAfterTheOtherWithoutForkingTheChain() throws Exception {
        try (Services s = open()) {
            Issuer gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<Long>> jobs = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    int n = i;
                    jobs.add(() -> s.register().create(NormativeDocument.draft("清河县第" + n + "号办法", gov.id(),
                            DocumentKind.MEASURES)).id());
                }
                // bulk entry chains too, in the middle of the single appends
                jobs.add(() -> (long) s.register().createAll(List.of(
                        NormativeDocument.draft("批量甲", gov.id(), DocumentKind.MEASURES),
                        NormativeDocument.draft("批量乙", gov.id(), DocumentKind.MEASURES))).size());
                for (Future<Long> f : pool.invokeAll(jobs)) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            AuditService.Verification v = s.audit().verify();
            assertThat(v.breaks()).isEmpty();
            assertThat(v.events()).isGreaterThanOrEqualTo(33);
        }
    }

    @Test
    void eventsOfADatabaseFromBeforeTheChainAreChainedOnceOnOpen() throws Exception {
        // a data folder as normdesk left it before V9, with events in its log
        Flyway.configure().dataSource(RawDatabase.url(dir), "sa", "")
                .locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            for (int i = 0; i < 5; i++) {
                st.execute("insert into audit_event (occurred_at, actor, entity, entity_id, action, summary, after_data) "
                        + "values (timestamp '2024-05-0" + (i + 1) + " 09:30:00', '老用户', 'ISSUER', " + i
                        + ", 'CREATE', '旧事件" + i + "', '{\"a\":" + i + "}')");
            }
        }
        try (Services s = open()) {
            s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
            assertThat(s.audit().verify().breaks()).isEmpty();
        }
        try (Connection c = jdbc(); var rs = c.createStatement().executeQuery(
                "select count(*) from audit_event where event_hash is null or prev_hash is null")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        // and the old events are as much protected as the new ones
        List<Long> ids = ids();
        tamper("update audit_event set summary = '改写的旧事件' where id = " + ids.get(1));
        assertThat(verify()).containsExactly(new AuditBreak(ids.get(1), AuditBreak.Kind.CHANGED, ids.get(0)));
    }
}
