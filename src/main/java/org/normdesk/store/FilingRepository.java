package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.FILING;
import static org.normdesk.store.jooq.Tables.FILING_AUTHORITY;
import static org.normdesk.store.jooq.Tables.ISSUER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Stage;
import org.normdesk.domain.filing.CatalogEntry;
import org.normdesk.domain.filing.CatalogSection;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingDirection;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.domain.filing.Materials;
import org.normdesk.domain.filing.RegistrationResult;
import org.normdesk.domain.filing.ReviewResult;
import org.normdesk.store.jooq.tables.records.FilingAuthorityRecord;
import org.normdesk.store.jooq.tables.records.FilingRecord;

/** 备案: the authorities filed with and the filings, with the lists the screen and the exports read. */
public final class FilingRepository {
    private final DSLContext dsl;

    public FilingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<FilingAuthority> authorities() {
        return dsl.selectFrom(FILING_AUTHORITY).orderBy(FILING_AUTHORITY.SORT_ORDER, FILING_AUTHORITY.ID)
                .fetch(FilingRepository::authority);
    }

    public Optional<FilingAuthority> authority(long id) {
        return dsl.selectFrom(FILING_AUTHORITY).where(FILING_AUTHORITY.ID.eq(id)).fetchOptional(FilingRepository::authority);
    }

    public boolean authorityNameTaken(String name, Long exceptId) {
        Condition c = FILING_AUTHORITY.NAME.eq(name);
        if (exceptId != null) {
            c = c.and(FILING_AUTHORITY.ID.ne(exceptId));
        }
        return dsl.fetchExists(FILING_AUTHORITY, c);
    }

    /** Inserts a new authority, or saves an edit if nobody changed it since it was read. */
    public FilingAuthority save(FilingAuthority a) {
        if (a.id() == null) {
            FilingAuthorityRecord r = dsl.newRecord(FILING_AUTHORITY);
            fill(r, a);
            r.setVersion(0);
            r.store();
            return authority(r.getId()).orElseThrow();
        }
        FilingAuthorityRecord r = dsl.newRecord(FILING_AUTHORITY);
        fill(r, a);
        r.setVersion(a.version() + 1);
        int n = dsl.update(FILING_AUTHORITY).set(r)
                .where(FILING_AUTHORITY.ID.eq(a.id()).and(FILING_AUTHORITY.VERSION.eq(a.version()))).execute();
        if (n == 0) {
            throw new StaleDataException();
        }
        return authority(a.id()).orElseThrow();
    }

    public Filing insert(Filing f) {
        FilingRecord r = dsl.newRecord(FILING);
        fill(r, f);
        r.setVersion(0);
        r.store();
        return f.withId(r.getId());
    }

    /** Saves the filing if nobody changed it since it was read; otherwise throws {@link StaleDataException}. */
    public Filing update(Filing f) {
        FilingRecord r = dsl.newRecord(FILING);
        fill(r, f);
        r.setVersion(f.version() + 1);
        int n = dsl.update(FILING).set(r).where(FILING.ID.eq(f.id()).and(FILING.VERSION.eq(f.version()))).execute();
        if (n == 0) {
            throw new StaleDataException();
        }
        return find(f.id()).orElseThrow();
    }

    public Optional<Filing> find(long id) {
        return dsl.selectFrom(FILING).where(FILING.ID.eq(id)).fetchOptional(FilingRepository::filing);
    }

    public List<Filing> forDocument(long documentId) {
        return dsl.selectFrom(FILING).where(FILING.DOCUMENT_ID.eq(documentId)).orderBy(FILING.ID)
                .fetch(FilingRepository::filing);
    }

    /** The filings the query asks for, with their documents, ordered by 公布日期 and document; status as of today. */
    public List<FilingRow> rows(FilingQuery q, LocalDate today) {
        List<Condition> c = new ArrayList<>();
        if (q.from() != null) {
            c.add(DOCUMENT.PUBLISHED_ON.ge(q.from()));
        }
        if (q.to() != null) {
            c.add(DOCUMENT.PUBLISHED_ON.le(q.to()));
        }
        if (q.authorityId() != null) {
            c.add(FILING.AUTHORITY_ID.eq(q.authorityId()));
        }
        if (q.category() != null) {
            c.add(ISSUER.CATEGORY.eq(q.category().name()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().strip().replace("%", "").replace("_", "") + "%";
            c.add(DOCUMENT.TITLE.like(like).or(DOCUMENT.DOC_NUMBER.like(like)));
        }
        List<FilingRow> rows = new ArrayList<>();
        for (Record r : dsl.select(FILING.fields()).select(FILING_AUTHORITY.NAME, FILING_AUTHORITY.DIRECTION,
                        DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, DOCUMENT.REGISTRATION_NUMBER, ISSUER.NAME, ISSUER.CATEGORY,
                        DOCUMENT.PUBLISHED_ON, DOCUMENT.EFFECTIVE_ON, DOCUMENT.VALID_UNTIL)
                .from(FILING)
                .join(FILING_AUTHORITY).on(FILING_AUTHORITY.ID.eq(FILING.AUTHORITY_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(FILING.DOCUMENT_ID))
                .join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(DSL.and(c))
                .orderBy(DOCUMENT.PUBLISHED_ON.asc().nullsLast(), DOCUMENT.ID, FILING_AUTHORITY.SORT_ORDER, FILING.ID)
                .fetch()) {
            Filing f = filing(r.into(FILING));
            // The status is derived, not stored, so its filter runs here and not in SQL: one place for the rule.
            FilingStatus status = f.status(today);
            if (q.status() != null && q.status() != status) {
                continue;
            }
            rows.add(new FilingRow(f, r.get(FILING_AUTHORITY.NAME), FilingDirection.valueOf(r.get(FILING_AUTHORITY.DIRECTION)),
                    r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER), r.get(DOCUMENT.REGISTRATION_NUMBER),
                    r.get(ISSUER.NAME), IssuerCategory.valueOf(r.get(ISSUER.CATEGORY)), r.get(DOCUMENT.PUBLISHED_ON),
                    r.get(DOCUMENT.EFFECTIVE_ON), r.get(DOCUMENT.VALID_UNTIL), status));
        }
        return rows;
    }

    /** Published documents per issuer category with a 公布日期 in the period (制发数). */
    public Map<IssuerCategory, Integer> madeByCategory(LocalDate from, LocalDate to) {
        Map<IssuerCategory, Integer> made = new EnumMap<>(IssuerCategory.class);
        dsl.select(ISSUER.CATEGORY, DSL.count()).from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(DOCUMENT.STAGE.eq(Stage.PUBLISHED.name())).and(DOCUMENT.PUBLISHED_ON.between(from, to))
                .groupBy(ISSUER.CATEGORY)
                .forEach(r -> made.put(IssuerCategory.valueOf(r.value1()), r.value2()));
        return made;
    }

    /** Ids of published documents of these categories with a 公布日期 in the period. */
    public List<Long> publishedIds(LocalDate from, LocalDate to, Collection<IssuerCategory> categories) {
        return dsl.select(DOCUMENT.ID).from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(DOCUMENT.STAGE.eq(Stage.PUBLISHED.name())).and(DOCUMENT.PUBLISHED_ON.between(from, to))
                .and(ISSUER.CATEGORY.in(categories.stream().map(Enum::name).toList()))
                .orderBy(DOCUMENT.PUBLISHED_ON, DOCUMENT.ID)
                .fetch(DOCUMENT.ID);
    }

    /**
     * The 年度规范性文件目录 of documents of these issuer categories: those published in the year
     * (made), and those a 修改 or a 废止 / 宣布失效 / 撤销 took out of force in it.
     */
    public List<CatalogEntry> catalog(int year, Collection<IssuerCategory> categories) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Condition ofCategories = ISSUER.CATEGORY.in(categories.stream().map(Enum::name).toList());
        Condition published = DOCUMENT.STAGE.eq(Stage.PUBLISHED.name());
        List<CatalogEntry> out = new ArrayList<>();
        out.addAll(catalogPart(CatalogSection.MADE, published.and(ofCategories).and(DOCUMENT.PUBLISHED_ON.between(from, to)),
                DOCUMENT.PUBLISHED_ON));
        out.addAll(catalogPart(CatalogSection.AMENDED, published.and(ofCategories)
                .and(DOCUMENT.END_OF_FORCE.eq(EndOfForce.AMENDED.name()))
                .and(DOCUMENT.END_OF_FORCE_ON.between(from, to)), DOCUMENT.END_OF_FORCE_ON));
        out.addAll(catalogPart(CatalogSection.REPEALED, published.and(ofCategories)
                .and(DOCUMENT.END_OF_FORCE.in(EndOfForce.REPEALED.name(), EndOfForce.DECLARED_EXPIRED.name(),
                        EndOfForce.REVOKED.name()))
                .and(DOCUMENT.END_OF_FORCE_ON.between(from, to)), DOCUMENT.END_OF_FORCE_ON));
        return out;
    }

    private List<CatalogEntry> catalogPart(CatalogSection section, Condition c, org.jooq.Field<LocalDate> day) {
        return dsl.select(DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER, DOCUMENT.REGISTRATION_NUMBER, ISSUER.NAME,
                        DOCUMENT.PUBLISHED_ON, DOCUMENT.EFFECTIVE_ON, day, DOCUMENT.END_OF_FORCE)
                .from(DOCUMENT).join(ISSUER).on(ISSUER.ID.eq(DOCUMENT.LEAD_ISSUER_ID))
                .where(c).orderBy(day, DOCUMENT.ID)
                .fetch(r -> new CatalogEntry(section, r.get(DOCUMENT.TITLE), r.get(DOCUMENT.DOC_NUMBER),
                        r.get(DOCUMENT.REGISTRATION_NUMBER), r.get(ISSUER.NAME), r.get(DOCUMENT.PUBLISHED_ON),
                        r.get(DOCUMENT.EFFECTIVE_ON), r.get(day),
                        section == CatalogSection.REPEALED && r.get(DOCUMENT.END_OF_FORCE) != null
                                ? EndOfForce.valueOf(r.get(DOCUMENT.END_OF_FORCE)).label() : null));
    }

    private static void fill(FilingAuthorityRecord r, FilingAuthority a) {
        r.setName(a.name().strip());
        r.setDirection(a.direction().name());
        r.setDueDays(a.dueDays());
        r.setReportPattern(a.reportPattern() == null || a.reportPattern().isBlank() ? null : a.reportPattern().strip());
        r.setCategories(Materials.join(a.categories().stream().sorted().toList()));
        r.setMaterials(Materials.join(a.materials()));
        r.setActive(a.active());
        r.setSortOrder(a.sortOrder());
    }

    private static FilingAuthority authority(FilingAuthorityRecord r) {
        return new FilingAuthority(r.getId(), r.getName(), FilingDirection.valueOf(r.getDirection()), r.getDueDays(),
                r.getReportPattern(), Materials.categories(r.getCategories()), Materials.materials(r.getMaterials()),
                Boolean.TRUE.equals(r.getActive()), r.getSortOrder(), r.getVersion());
    }

    private static void fill(FilingRecord r, Filing f) {
        r.setDocumentId(f.documentId());
        r.setAuthorityId(f.authorityId());
        r.setDueOn(f.dueOn());
        r.setMaterialsRequired(Materials.join(f.required()));
        Filing.Submission s = f.submission();
        r.setSubmittedOn(s == null ? null : s.submittedOn());
        r.setMaterialsGiven(s == null ? null : Materials.join(s.given()));
        r.setFirstComplete(s == null ? null : s.firstComplete());
        r.setReportNumber(s == null ? null : s.reportNumber());
        Filing.Registration g = f.registration();
        r.setRegistration(g == null ? null : g.result().name());
        r.setRegisteredOn(g == null ? null : g.on());
        r.setCorrectionDue(g == null ? null : g.correctionDue());
        r.setCorrectedOn(g == null ? null : g.correctedOn());
        Filing.Review v = f.review();
        r.setReview(v == null ? null : v.result().name());
        r.setReviewedOn(v == null ? null : v.on());
        r.setReviewNote(v == null ? null : v.note());
        Filing.FollowUp u = f.followUp();
        r.setAnswerDue(u == null ? null : u.answerDue());
        r.setAnsweredOn(u == null ? null : u.answeredOn());
        r.setAnswerNote(u == null ? null : u.answer());
        r.setRefiledOn(u == null ? null : u.refiledOn());
        r.setFiledBy(f.filedBy());
        r.setNote(f.note());
    }

    private static Filing filing(FilingRecord r) {
        Filing.Submission s = r.getSubmittedOn() == null ? null : new Filing.Submission(r.getSubmittedOn(),
                Materials.materials(r.getMaterialsGiven()), r.getReportNumber(), Boolean.TRUE.equals(r.getFirstComplete()));
        Filing.Registration g = r.getRegistration() == null ? null : new Filing.Registration(
                RegistrationResult.valueOf(r.getRegistration()), r.getRegisteredOn(), r.getCorrectionDue(), r.getCorrectedOn());
        Filing.Review v = r.getReview() == null ? null
                : new Filing.Review(ReviewResult.valueOf(r.getReview()), r.getReviewedOn(), r.getReviewNote());
        Filing.FollowUp u = r.getAnswerDue() == null ? null
                : new Filing.FollowUp(r.getAnswerDue(), r.getAnsweredOn(), r.getAnswerNote(), r.getRefiledOn());
        return new Filing(r.getId(), r.getDocumentId(), r.getAuthorityId(), r.getDueOn(),
                Materials.materials(r.getMaterialsRequired()), s, g, v, u, r.getFiledBy(), r.getNote(), r.getVersion());
    }
}
