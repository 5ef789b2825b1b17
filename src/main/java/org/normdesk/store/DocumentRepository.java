package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.DOCUMENT_CO_ISSUER;
import static org.normdesk.store.jooq.Tables.ISSUER;
import static org.normdesk.store.jooq.Tables.VALIDITY_EXTENSION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.normdesk.domain.DocNumber;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.domain.ValidityExtension;
import org.normdesk.domain.ValidityRule;
import org.normdesk.store.jooq.tables.records.DocumentRecord;

/**
 * Documents in the database. The register is read a page at a time with its filters and sort
 * done by the database, so that 100,000 documents never sit in memory at once.
 */
public final class DocumentRepository {

    private static final Map<RegisterColumn, Field<?>> SORT_FIELDS = Map.of(
            RegisterColumn.TITLE, DOCUMENT.TITLE,
            RegisterColumn.DOC_NUMBER, DOCUMENT.DOC_NUMBER,
            RegisterColumn.ISSUER, ISSUER.NAME,
            RegisterColumn.STAGE, DOCUMENT.STAGE,
            RegisterColumn.VALIDITY, DOCUMENT.VALIDITY,
            RegisterColumn.SIGNED_ON, DOCUMENT.SIGNED_ON,
            RegisterColumn.PUBLISHED_ON, DOCUMENT.PUBLISHED_ON,
            RegisterColumn.EFFECTIVE_ON, DOCUMENT.EFFECTIVE_ON,
            RegisterColumn.VALID_UNTIL, DOCUMENT.VALID_UNTIL,
            RegisterColumn.UPDATED, DOCUMENT.UPDATED_AT);

    /**
     * Sorted by 阶段 or 时效性, the register lists each group by its latest change or by its 有效期至,
     * then by id: the order of the (stage, updated_at, id) and (validity, valid_until, id) indexes
     * (V2, V15), which H2 reads in order instead of sorting the whole register (250–340 ms at
     * 100,000 documents when each group was listed by id alone).
     */
    private static final Map<RegisterColumn, Field<?>> THEN_BY = Map.of(
            RegisterColumn.STAGE, DOCUMENT.UPDATED_AT,
            RegisterColumn.VALIDITY, DOCUMENT.VALID_UNTIL);

    /**
     * The orders an index gives by itself: the columns of each index that ends in the id, such as
     * (published_on, id) or (validity, valid_until, id) (V2, V15). A page in one of these orders can
     * be found by walking the index ({@link #pageIdsByWalk}).
     */
    private static final Set<List<String>> INDEXED_ORDERS = DOCUMENT.getIndexes().stream()
            .map(i -> i.getFields().stream().map(SortField::getName).toList())
            .filter(columns -> columns.size() >= 2 && columns.get(columns.size() - 1).equals(DOCUMENT.ID.getName()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A walk along a sort index reads at most this many index entries; further, H2's own plan is as quick. */
    private static final long WALK_AT_MOST = 5_000;

    /** Rows per statement when many documents are entered at once. */
    private static final int BATCH = 500;
    /**
     * Up to this many search hits, the register reads their rows by id and sorts them; more are
     * paged by walking a sort index (see {@link #pageAmong}), which costs less than reading each hit's
     * row with its body.
     */
    private static final int SEARCH_BY_ID = 200;

    private final DSLContext dsl;
    private final Supplier<FullTextIndex> fullText;
    private final DocumentTally tally;

    public DocumentRepository(DSLContext dsl, Supplier<FullTextIndex> fullText, DocumentTally tally) {
        this.dsl = dsl;
        this.fullText = fullText;
        this.tally = tally;
    }

    /** Stores a new document with its derived columns and returns it with its id. */
    public NormativeDocument insert(NormativeDocument d, ValidityRule.Derived derived, LocalDateTime now) {
        DocumentRecord r = dsl.newRecord(DOCUMENT);
        fill(r, d, derived, now);
        r.setCreatedAt(now);
        r.setVersion(0);
        r.store();
        saveCoIssuers(r.getId(), d.coIssuerIds());
        return d.toBuilder().id(r.getId()).version(0).build();
    }

    /**
     * Stores many new documents with their derived columns, a few hundred rows per statement, and
     * returns them with their ids in the order given.
     */
    public List<NormativeDocument> insertAll(List<NormativeDocument> docs, List<ValidityRule.Derived> derived,
                                             LocalDateTime now) {
        List<NormativeDocument> saved = new ArrayList<>(docs.size());
        for (int from = 0; from < docs.size(); from += BATCH) {
            int to = Math.min(docs.size(), from + BATCH);
            InsertSetMoreStep<DocumentRecord> insert = null;
            for (int i = from; i < to; i++) {
                DocumentRecord r = dsl.newRecord(DOCUMENT);
                fill(r, docs.get(i), derived.get(i), now);
                r.setCreatedAt(now);
                r.setVersion(0);
                insert = insert == null ? dsl.insertInto(DOCUMENT).set(r) : insert.newRecord().set(r);
            }
            // Identities are handed out in the order of the VALUES rows.
            List<Long> ids = new ArrayList<>(insert.returningResult(DOCUMENT.ID).fetch(DOCUMENT.ID));
            ids.sort(null);
            if (ids.size() != to - from) {
                throw new IllegalStateException("inserted " + (to - from) + " documents but got " + ids.size() + " ids");
            }
            for (int i = from; i < to; i++) {
                long id = ids.get(i - from);
                saveCoIssuers(id, docs.get(i).coIssuerIds());
                saved.add(docs.get(i).toBuilder().id(id).version(0).build());
            }
        }
        return saved;
    }

    /** Saves the document if nobody changed it since it was read; otherwise throws {@link StaleDataException}. */
    public NormativeDocument update(NormativeDocument d, ValidityRule.Derived derived, LocalDateTime now) {
        DocumentRecord r = dsl.newRecord(DOCUMENT);
        fill(r, d, derived, now);
        r.setVersion(d.version() + 1);
        r.changed(DOCUMENT.ID, false);
        r.changed(DOCUMENT.CREATED_AT, false);
        int n = dsl.update(DOCUMENT).set(r)
                .where(DOCUMENT.ID.eq(d.id()).and(DOCUMENT.VERSION.eq(d.version())))
                .execute();
        if (n == 0) {
            throw new StaleDataException();
        }
        dsl.deleteFrom(DOCUMENT_CO_ISSUER).where(DOCUMENT_CO_ISSUER.DOCUMENT_ID.eq(d.id())).execute();
        saveCoIssuers(d.id(), d.coIssuerIds());
        return d.toBuilder().version(d.version() + 1).build();
    }

    /** Writes only the derived 时效性 columns; not a user's edit, so the version stays. */
    public void updateDerived(long id, ValidityRule.Derived derived) {
        dsl.update(DOCUMENT)
                .set(DOCUMENT.VALIDITY, derived.validity() == null ? null : derived.validity().name())
                .set(DOCUMENT.VALIDITY_CHANGES_ON, derived.changesOn())
                .where(DOCUMENT.ID.eq(id))
                .execute();
    }

    /** Documents whose derived 时效性 may have changed by the passing of time up to that day. */
    public List<Long> idsWithValidityDue(LocalDate today) {
        return dsl.select(DOCUMENT.ID).from(DOCUMENT)
                .where(DOCUMENT.VALIDITY_CHANGES_ON.le(today))
                .fetch(DOCUMENT.ID);
    }

    public Optional<NormativeDocument> findById(long id) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional().map(r -> toDocument(r,
                dsl.select(DOCUMENT_CO_ISSUER.ISSUER_ID).from(DOCUMENT_CO_ISSUER)
                        .where(DOCUMENT_CO_ISSUER.DOCUMENT_ID.eq(id))
                        .orderBy(DOCUMENT_CO_ISSUER.SORT_ORDER)
                        .fetch(DOCUMENT_CO_ISSUER.ISSUER_ID)));
    }

    /** The stored derived 时效性 of a document, as the register shows it. */
    public Optional<Validity> storedValidity(long id) {
        return dsl.select(DOCUMENT.VALIDITY).from(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(DOCUMENT.VALIDITY)
                .map(v -> v == null ? null : Validity.valueOf(v));
    }

    /** Whether another document (not {@code exceptId}) already carries this normalised 文号. */
    public boolean docNumberTaken(String docNumber, Long exceptId) {
        Condition c = DOCUMENT.DOC_NUMBER.eq(docNumber);
        if (exceptId != null) {
            c = c.and(DOCUMENT.ID.ne(exceptId));
        }
        return dsl.fetchExists(DOCUMENT, c);
    }

    /**
     * One page of the register. Built so that a register of 100,000 documents answers within a
     * blink (see {@code normdesk bench register}): the count joins the issuer only when filtering
     * by its category, and the rows are read with the document table in the lead, so that a sort
     * on a document column walks its (column, id) index and stops after one page. Every document
     * has a lead issuer (NOT NULL, foreign key), so the LEFT JOIN returns what an inner join would;
     * it only keeps the optimizer from starting at the small issuer table and sorting every row.
     */
    public Page<RegisterRow> page(RegisterQuery q) {
        if (q.text() == null || q.text().isBlank()) {
            long total = filteredCount(q);
            Optional<List<Long>> walked = pageIdsByWalk(q, total);
            if (walked.isPresent()) {
                List<RegisterRow> rows = walked.get().isEmpty() ? List.of()
                        : rows(q, DOCUMENT.ID.in(walked.get())).fetch(DocumentRepository::toRow);
                return new Page<>(rows, total, q.offset());
            }
            return page(q, conditions(q), total);
        }
        long[] hits = matchingIds(q.text());
        if (hits.length <= SEARCH_BY_ID) {
            Condition where = conditions(q).and(DOCUMENT.ID.in(Arrays.stream(hits).boxed().toList()));
            return page(q, where, count(q, where));
        }
        return pageAmong(q, hits);
    }

    private Page<RegisterRow> page(RegisterQuery q, Condition where, long total) {
        List<RegisterRow> rows = rows(q, where).limit(q.limit()).offset(q.offset()).fetch(DocumentRepository::toRow);
        return new Page<>(rows, total, q.offset());
    }

    /**
     * How many documents pass the query's filters. Filtered by 阶段 and 时效性 alone (the 工作台's
     * links, the most used view), the tally knows; any other filter is counted on its indexes.
     */
    private long filteredCount(RegisterQuery q) {
        if (countedByTally(q)) {
            return q.stage() == null && q.validity() == null ? dsl.fetchCount(DOCUMENT)
                    : tally.count(dsl, q.stage(), q.validity());
        }
        return count(q, conditions(q));
    }

    /** Whether the query filters on nothing but 阶段 and 时效性, if at all: {@link DocumentTally} has its count. */
    private static boolean countedByTally(RegisterQuery q) {
        return filterConditions(q.withStage(null).withValidity(null)).isEmpty();
    }

    /** Counts the documents matching {@code where}, joining the issuer only when the query filters on its category. */
    private long count(RegisterQuery q, Condition where) {
        return q.issuerCategory() == null
                ? dsl.fetchCount(DOCUMENT, where)
                : dsl.fetchCount(DOCUMENT.join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID)), where);
    }

    /**
     * The ids of a page filtered by 阶段 and/or 时效性 alone (or not at all), found by walking the
     * index of its order ({@link #INDEXED_ORDERS}), when the page lies among its first few thousand entries. H2
     * would pick the filter's index and read and sort every matching row (90,000 for 已公布, 120–230
     * ms at 100,000 documents), and sorts the whole register for an ascending order on a column
     * with empty values, which its index holds first (130–250 ms). The walk reads ids from the index
     * alone (no row), as far as the matches' share of the register says the page ends, and a little
     * more; the filter is then asked of those ids only. When the matches lie further on than their
     * share suggests (drafts have no 公布日期, and the register puts empty values last), the walk
     * gives up and H2 answers as before; its cost is bounded by {@link #WALK_AT_MOST} entries.
     *
     * @return empty when the walk does not serve this page
     */
    private Optional<List<Long>> pageIdsByWalk(RegisterQuery q, long matched) {
        List<Field<?>> order = orderFields(q);
        if (!INDEXED_ORDERS.contains(order.stream().map(Field::getName).toList()) || !countedByTally(q) || matched == 0) {
            return Optional.empty();
        }
        long needed = (long) q.offset() + q.limit();
        long reads = needed * dsl.fetchCount(DOCUMENT) / matched * 3 / 2 + 200;
        if (reads > WALK_AT_MOST) {
            return Optional.empty();
        }
        Optional<List<Long>> read = idsInOrder(q, order, reads);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<Long> walked = read.get();
        List<Long> inOrder = walked;
        if (q.stage() != null || q.validity() != null) {
            Set<Long> passing = new HashSet<>(dsl.select(DOCUMENT.ID).from(DOCUMENT)
                    .where(conditions(q)).and(DOCUMENT.ID.in(walked)).fetch(DOCUMENT.ID));
            inOrder = walked.stream().filter(passing::contains).toList();
        }
        if (inOrder.size() < needed && walked.size() == reads) {
            return Optional.empty(); // the page lies further on
        }
        return Optional.of(inOrder.subList(Math.min(q.offset(), inOrder.size()), (int) Math.min(needed, inOrder.size())));
    }

    /**
     * The first {@code n} ids of the whole register in the page's order ({@link #orderFields}, empty
     * values last), read off the index of that order. Read backwards, the index gives its empty
     * values last; read forwards it would give them first, so an ascending order on one column with
     * empty values reads the filled values first and then the empty ones, in id order. Ascending on
     * two such columns is left to H2 (empty).
     */
    private Optional<List<Long>> idsInOrder(RegisterQuery q, List<Field<?>> order, long n) {
        boolean mayBeEmpty = order.stream().anyMatch(f -> f.getDataType().nullable());
        if (q.descending() || !mayBeEmpty) {
            return Optional.of(dsl.select(DOCUMENT.ID).from(DOCUMENT).orderBy(columnOrder(q)).limit(n).fetch(DOCUMENT.ID));
        }
        if (order.size() != 2) {
            return Optional.empty();
        }
        Field<?> column = order.get(0);
        List<Long> ids = new ArrayList<>(dsl.select(DOCUMENT.ID).from(DOCUMENT).where(column.isNotNull())
                .orderBy(column.asc(), DOCUMENT.ID.asc()).limit(n).fetch(DOCUMENT.ID));
        if (ids.size() < n) {
            ids.addAll(dsl.select(DOCUMENT.ID).from(DOCUMENT).where(column.isNull())
                    .orderBy(DOCUMENT.ID.asc()).limit(n - ids.size()).fetch(DOCUMENT.ID));
        }
        return Optional.of(ids);
    }

    private org.jooq.SelectLimitStep<? extends Record> rows(RegisterQuery q, Condition where) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, ISSUER.NAME,
                        ISSUER.CATEGORY, DOCUMENT.STAGE, DOCUMENT.VALIDITY, DOCUMENT.SIGNED_ON, DOCUMENT.PUBLISHED_ON,
                        DOCUMENT.EFFECTIVE_ON, DOCUMENT.VALID_UNTIL)
                .from(registerTable(q))
                .where(where)
                .orderBy(sort(q));
    }

    /** Sorted by issuer name, the issuer table is the better lead: its 40-odd rows in name order. */
    private static Table<?> registerTable(RegisterQuery q) {
        return q.sortBy() == RegisterColumn.ISSUER
                ? DOCUMENT.join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                : DOCUMENT.leftJoin(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID));
    }

    /**
     * A page of a search with many hits (a common word): too many to hand the database as a list.
     * The hits that pass the filters are found among the ids the filters let through (read from their
     * indexes, no rows); the count is theirs. The page is found by walking the register's ids in the
     * page's order on the sort column's index, only as far as the page needs; then only the page's
     * rows are read. Neither walk touches a document's row, which holds its body: at 100,000 documents
     * that is the difference between milliseconds and seconds.
     */
    private Page<RegisterRow> pageAmong(RegisterQuery q, long[] hits) {
        IdSet wanted;
        long total;
        if (hasFilters(q)) {
            IdSet hit = new IdSet(hits);
            long[] passing = Arrays.stream(idsPassingFilters(q)).filter(hit::contains).toArray();
            wanted = new IdSet(passing);
            total = passing.length;
        } else {
            wanted = new IdSet(hits);
            total = hits.length;
        }
        List<Long> pageIds = total <= q.offset() ? List.of() : pageIdsAmong(q, wanted, total);
        List<RegisterRow> rows = pageIds.isEmpty() ? List.of()
                : rows(q, DOCUMENT.ID.in(pageIds)).fetch(DocumentRepository::toRow);
        return new Page<>(rows, total, q.offset());
    }

    /**
     * The ids of the page's hits in the page's order. Hits are spread through the register, so the
     * page lies about (offset + limit) × register / hits rows into the order; that many and half again
     * are read (the database stops early on its sort index), and four times more until they hold it.
     */
    private List<Long> pageIdsAmong(RegisterQuery q, IdSet wanted, long total) {
        long scope = dsl.fetchCount(DOCUMENT);
        long needed = Math.min(total, (long) q.offset() + q.limit());
        long read = Math.min(scope, needed * scope / Math.max(1, total) * 3 / 2 + 200);
        // Sorted by issuer name, the issuers lead (see registerTable); any other order is one index of the document table.
        Table<?> order = q.sortBy() == RegisterColumn.ISSUER ? registerTable(q) : DOCUMENT;
        while (true) {
            List<Long> pageIds = new ArrayList<>(q.limit());
            long seen = 0;
            long found = 0;
            try (var cursor = dsl.select(DOCUMENT.ID).from(order).orderBy(columnOrder(q))
                    .limit(read).fetchSize(5_000).fetchLazy()) {
                for (Record1<Long> r : cursor) {
                    seen++;
                    long id = r.value1();
                    if (wanted.contains(id)) {
                        if (found >= q.offset()) {
                            pageIds.add(id);
                        }
                        if (++found == needed) {
                            return pageIds;
                        }
                    }
                }
            }
            if (seen < read || read >= scope) {
                return pageIds; // the register ended first (a document deleted since the count)
            }
            read = Math.min(scope, read * 4);
        }
    }

    private static boolean hasFilters(RegisterQuery q) {
        return !filterConditions(q).isEmpty();
    }

    /**
     * The ids of every document that passes the filters, in no order, from the indexes alone: an
     * issuer category is asked of the issuer table first, so that no document row is joined.
     */
    private long[] idsPassingFilters(RegisterQuery q) {
        Condition where = conditions(q.withIssuerCategory(null));
        if (q.issuerCategory() != null) {
            where = where.and(DOCUMENT.LEAD_ISSUER_ID.in(dsl.select(ISSUER.ID).from(ISSUER)
                    .where(ISSUER.CATEGORY.eq(q.issuerCategory().name())).fetch(ISSUER.ID)));
        }
        // Read straight from the result set: tens of thousands of ids need no record each.
        try (java.sql.ResultSet rs = dsl.select(DOCUMENT.ID).from(DOCUMENT).where(where).fetchResultSet()) {
            long[] ids = new long[1024];
            int n = 0;
            while (rs.next()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = rs.getLong(1);
            }
            return Arrays.copyOf(ids, n);
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("reading the ids that pass the register's filters", e);
        }
    }

    /** Document ids as bits (ids are small, dense numbers), with a set for any beyond an int. */
    private static final class IdSet {
        private final java.util.BitSet small = new java.util.BitSet();
        private final Set<Long> large = new HashSet<>();

        IdSet(long[] ids) {
            for (long id : ids) {
                if (id < Integer.MAX_VALUE) {
                    small.set((int) id);
                } else {
                    large.add(id);
                }
            }
        }

        boolean contains(long id) {
            return id < Integer.MAX_VALUE ? small.get((int) id) : large.contains(id);
        }
    }

    /**
     * The documents that a search finds, from the full-text index (see {@link FullTextIndex#matching}):
     * those whose title or 文号 contain the text as typed, and those whose title, 文号 or body contain
     * each of its words. While the index is still being built, title and 文号 alone, read row by row.
     */
    private long[] matchingIds(String text) {
        Optional<long[]> indexed = fullText.get().matching(text);
        return indexed.isPresent() ? indexed.get() : titleOrNumberContaining(text);
    }

    /** The documents whose title or 文号 contain the text as typed (one string): a LIKE over every row. */
    private long[] titleOrNumberContaining(String text) {
        // The pattern goes in as one literal: built in SQL from a bind value, it would be rebuilt
        // and recompiled on every row.
        String t = DocNumber.normalizeBrackets(text.strip());
        Field<String> pattern = DSL.inline("%" + t.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        Condition titleOrNumber = DOCUMENT.TITLE.like(pattern, '!').or(DOCUMENT.DOC_NUMBER.like(pattern, '!'));
        return dsl.select(DOCUMENT.ID).from(DOCUMENT).where(titleOrNumber).fetch(DOCUMENT.ID).stream()
                .mapToLong(Long::longValue).toArray();
    }

    /** The register rows of these documents (any order): what a list beside the register shows of each. */
    public List<RegisterRow> rowsOf(java.util.Collection<Long> ids) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, ISSUER.NAME,
                        ISSUER.CATEGORY, DOCUMENT.STAGE, DOCUMENT.VALIDITY, DOCUMENT.SIGNED_ON, DOCUMENT.PUBLISHED_ON,
                        DOCUMENT.EFFECTIVE_ON, DOCUMENT.VALID_UNTIL)
                .from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(DOCUMENT.ID.in(ids))
                .fetch(DocumentRepository::toRow);
    }

    /** The years that documents are filed under, newest first, for the year filter. */
    public List<Integer> years() {
        return dsl.selectDistinct(DOCUMENT.DOC_YEAR).from(DOCUMENT).orderBy(DOCUMENT.DOC_YEAR.desc())
                .fetch(DOCUMENT.DOC_YEAR);
    }

    public long count() {
        return dsl.fetchCount(DOCUMENT);
    }

    /** How many documents stand in each stage. */
    public Map<Stage, Integer> countByStage() {
        var result = new java.util.EnumMap<Stage, Integer>(Stage.class);
        tally.counts(dsl).forEach((key, n) -> result.merge(key.stage(), Math.toIntExact(n), Integer::sum));
        return result;
    }

    /** How many published documents have each 时效性. */
    public Map<Validity, Integer> countByValidity() {
        var result = new java.util.EnumMap<Validity, Integer>(Validity.class);
        tally.counts(dsl).forEach((key, n) -> {
            if (key.validity() != null) {
                result.merge(key.validity(), Math.toIntExact(n), Integer::sum);
            }
        });
        return result;
    }

    /** Documents in force whose 有效期 ends within the window, soonest first. */
    public List<RegisterRow> expiringBetween(LocalDate from, LocalDate to, int limit) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, ISSUER.NAME,
                        ISSUER.CATEGORY, DOCUMENT.STAGE, DOCUMENT.VALIDITY, DOCUMENT.SIGNED_ON, DOCUMENT.PUBLISHED_ON,
                        DOCUMENT.EFFECTIVE_ON, DOCUMENT.VALID_UNTIL)
                .from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(DOCUMENT.VALIDITY.eq(Validity.IN_FORCE.name()))
                .and(DOCUMENT.VALID_UNTIL.between(from, to))
                // the constant 时效性 first, so that its (validity, valid_until, id) index gives the order (V15)
                .orderBy(DOCUMENT.VALIDITY, DOCUMENT.VALID_UNTIL, DOCUMENT.ID)
                .limit(limit)
                .fetch(DocumentRepository::toRow);
    }

    /**
     * Documents whose 有效期 ended by itself (已失效 with no decision behind it) on a 有效期至 in the
     * span: they await a decision (延长有效期, or a cleanup that confirms the end). Latest first.
     */
    public List<RegisterRow> lapsedBetween(LocalDate from, LocalDate to, int limit) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, ISSUER.NAME,
                        ISSUER.CATEGORY, DOCUMENT.STAGE, DOCUMENT.VALIDITY, DOCUMENT.SIGNED_ON, DOCUMENT.PUBLISHED_ON,
                        DOCUMENT.EFFECTIVE_ON, DOCUMENT.VALID_UNTIL)
                .from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(DOCUMENT.VALIDITY.eq(Validity.EXPIRED.name()))
                .and(DOCUMENT.END_OF_FORCE.isNull())
                .and(DOCUMENT.VALID_UNTIL.between(from, to))
                // read backwards along the (validity, valid_until, id) index (V15)
                .orderBy(DOCUMENT.VALIDITY.desc(), DOCUMENT.VALID_UNTIL.desc(), DOCUMENT.ID.desc())
                .limit(limit)
                .fetch(DocumentRepository::toRow);
    }

    /** Keeps a 延长有效期 decision beside the document (the document's new date is saved by {@link #update}). */
    public void insertExtension(long documentId, LocalDate previousUntil, ValidityExtension e,
                                LocalDateTime now, String recordedBy) {
        dsl.insertInto(VALIDITY_EXTENSION)
                .set(VALIDITY_EXTENSION.DOCUMENT_ID, documentId)
                .set(VALIDITY_EXTENSION.PREVIOUS_UNTIL, previousUntil)
                .set(VALIDITY_EXTENSION.NEW_UNTIL, e.newValidUntil())
                .set(VALIDITY_EXTENSION.BASIS, e.basis().strip())
                .set(VALIDITY_EXTENSION.DECIDED_ON, e.decidedOn())
                .set(VALIDITY_EXTENSION.RECORDED_AT, now)
                .set(VALIDITY_EXTENSION.RECORDED_BY, recordedBy)
                .execute();
    }

    /** The 延长有效期 decisions recorded on a document, oldest first. */
    public List<ValidityExtension> extensions(long documentId) {
        return dsl.selectFrom(VALIDITY_EXTENSION).where(VALIDITY_EXTENSION.DOCUMENT_ID.eq(documentId))
                .orderBy(VALIDITY_EXTENSION.ID)
                .fetch(r -> new ValidityExtension(r.getNewUntil(), r.getBasis(), r.getDecidedOn()));
    }

    private static Condition conditions(RegisterQuery q) {
        return DSL.and(filterConditions(q));
    }

    /** One condition per filter the query sets: the one list of the register's filters. */
    private static List<Condition> filterConditions(RegisterQuery q) {
        List<Condition> c = new ArrayList<>();
        if (q.stage() != null) {
            c.add(DOCUMENT.STAGE.eq(q.stage().name()));
        }
        if (q.validity() != null) {
            c.add(DOCUMENT.VALIDITY.eq(q.validity().name()));
        }
        if (q.issuerId() != null) {
            c.add(DOCUMENT.LEAD_ISSUER_ID.eq(q.issuerId()));
        }
        if (q.issuerCategory() != null) {
            c.add(ISSUER.CATEGORY.eq(q.issuerCategory().name()));
        }
        if (q.year() != null) {
            c.add(DOCUMENT.DOC_YEAR.eq(q.year()));
        }
        return c;
    }

    private static List<SortField<?>> sort(RegisterQuery q) {
        Field<?> f = SORT_FIELDS.getOrDefault(q.sortBy(), DOCUMENT.UPDATED_AT);
        List<Field<?>> constant = new ArrayList<>();
        // A column filtered by equality is constant within the result, so ordering by it first
        // changes nothing; it lets the database read an index such as (stage, validity, published_on,
        // id) in order and stop after one page, instead of sorting every matching row (V2 migration).
        if (f != ISSUER.NAME) {
            if (q.stage() != null) {
                constant.add(DOCUMENT.STAGE);
                if (q.validity() != null) {
                    constant.add(DOCUMENT.VALIDITY);
                }
            } else if (q.year() != null && q.validity() == null) {
                constant.add(DOCUMENT.DOC_YEAR);
            }
        }
        List<SortField<?>> order = new ArrayList<>();
        constant.forEach(c -> order.add(q.descending() ? c.desc() : c.asc()));
        // a column named twice (阶段 sorted while filtered by 阶段) would keep H2 from matching the index
        orderFields(q).stream().filter(c -> !constant.contains(c)).forEach(c -> order.add(directed(c, q)));
        return order;
    }

    /** The sort column (then its {@link #THEN_BY} column), then the id, which breaks ties so that paging never shows a row twice or skips one. */
    private static List<SortField<?>> columnOrder(RegisterQuery q) {
        return orderFields(q).stream().<SortField<?>>map(f -> directed(f, q)).toList();
    }

    private static List<Field<?>> orderFields(RegisterQuery q) {
        List<Field<?>> fields = new ArrayList<>(List.of(SORT_FIELDS.getOrDefault(q.sortBy(), DOCUMENT.UPDATED_AT)));
        if (THEN_BY.containsKey(q.sortBy())) {
            fields.add(THEN_BY.get(q.sortBy()));
        }
        fields.add(DOCUMENT.ID);
        return fields;
    }

    /** In the query's direction, empty values last either way. */
    private static SortField<?> directed(Field<?> f, RegisterQuery q) {
        return q.descending() ? f.desc().nullsLast() : f.asc().nullsLast();
    }

    private void saveCoIssuers(long documentId, List<Long> coIssuerIds) {
        int order = 0;
        for (Long issuerId : coIssuerIds) {
            dsl.insertInto(DOCUMENT_CO_ISSUER)
                    .set(DOCUMENT_CO_ISSUER.DOCUMENT_ID, documentId)
                    .set(DOCUMENT_CO_ISSUER.ISSUER_ID, issuerId)
                    .set(DOCUMENT_CO_ISSUER.SORT_ORDER, order++)
                    .execute();
        }
    }

    private static void fill(DocumentRecord r, NormativeDocument d, ValidityRule.Derived derived, LocalDateTime now) {
        r.setTitle(d.title());
        r.setDocNumber(d.docNumber());
        r.setRegistrationNumber(d.registrationNumber());
        r.setLeadIssuerId(d.leadIssuerId());
        r.setDraftingUnit(d.draftingUnit());
        r.setKind(d.kind().name());
        r.setTrial(d.trial());
        r.setMarketRelated(d.marketRelated());
        r.setMajorDecision(d.majorDecision());
        r.setSignedOn(d.signedOn());
        r.setPublishedOn(d.publishedOn());
        r.setEffectiveOn(d.effectiveOn());
        r.setValidUntil(d.validUntil());
        r.setFullText(d.fullText());
        r.setStage(d.stage().name());
        r.setReviewOutcome(name(d.reviewOutcome()));
        r.setEndOfForce(name(d.endOfForce()));
        r.setEndOfForceOn(d.endOfForceOn());
        r.setValidity(name(derived.validity()));
        r.setValidityChangesOn(derived.changesOn());
        r.setDocYear(d.registerYear(now.getYear()));
        r.setUpdatedAt(now);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static NormativeDocument toDocument(DocumentRecord r, List<Long> coIssuers) {
        return new NormativeDocument(r.getId(), r.getTitle(), r.getDocNumber(), r.getRegistrationNumber(),
                r.getLeadIssuerId(), coIssuers, r.getDraftingUnit(), DocumentKind.valueOf(r.getKind()),
                r.getTrial(), r.getMarketRelated(), r.getMajorDecision(), r.getSignedOn(), r.getPublishedOn(),
                r.getEffectiveOn(), r.getValidUntil(), r.getFullText(), Stage.valueOf(r.getStage()),
                r.getReviewOutcome() == null ? null : ReviewOutcome.valueOf(r.getReviewOutcome()),
                r.getEndOfForce() == null ? null : EndOfForce.valueOf(r.getEndOfForce()),
                r.getEndOfForceOn(), r.getVersion());
    }

    private static RegisterRow toRow(Record r) {
        String validity = r.get(DOCUMENT.VALIDITY);
        return new RegisterRow(r.get(DOCUMENT.ID), r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER), r.get(ISSUER.NAME),
                IssuerCategory.valueOf(r.get(ISSUER.CATEGORY)), Stage.valueOf(r.get(DOCUMENT.STAGE)),
                validity == null ? null : Validity.valueOf(validity), r.get(DOCUMENT.SIGNED_ON),
                r.get(DOCUMENT.PUBLISHED_ON), r.get(DOCUMENT.EFFECTIVE_ON), r.get(DOCUMENT.VALID_UNTIL));
    }
}
