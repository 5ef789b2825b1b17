package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.ISSUER;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.store.jooq.tables.records.IssuerRecord;

/** The 制定主体清单 in the database. */
public final class IssuerRepository {
    private final DSLContext dsl;

    public IssuerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Issuer insert(Issuer issuer) {
        IssuerRecord r = dsl.newRecord(ISSUER);
        fill(r, issuer);
        r.setVersion(0);
        r.store();
        return toIssuer(r);
    }

    /** Saves the issuer if nobody changed it since it was read; otherwise throws {@link StaleDataException}. */
    public Issuer update(Issuer issuer) {
        int n = dsl.update(ISSUER)
                .set(ISSUER.NAME, issuer.name())
                .set(ISSUER.SHORT_NAME, issuer.shortName())
                .set(ISSUER.CATEGORY, issuer.category().name())
                .set(ISSUER.LISTED_SINCE, issuer.listedSince())
                .set(ISSUER.RETIRED_ON, issuer.retiredOn())
                .set(ISSUER.VERSION, issuer.version() + 1)
                .where(ISSUER.ID.eq(issuer.id()).and(ISSUER.VERSION.eq(issuer.version())))
                .execute();
        if (n == 0) {
            throw new StaleDataException();
        }
        return findById(issuer.id()).orElseThrow();
    }

    public Optional<Issuer> findById(long id) {
        return dsl.selectFrom(ISSUER).where(ISSUER.ID.eq(id)).fetchOptional().map(IssuerRepository::toIssuer);
    }

    public Optional<Issuer> findByName(String name) {
        return dsl.selectFrom(ISSUER).where(ISSUER.NAME.eq(name)).fetchOptional().map(IssuerRepository::toIssuer);
    }

    /** Every issuer, the listed ones first, by category and name. */
    public List<Issuer> findAll() {
        return dsl.selectFrom(ISSUER)
                .orderBy(ISSUER.RETIRED_ON.isNull().desc(), ISSUER.CATEGORY, ISSUER.NAME)
                .fetch(IssuerRepository::toIssuer);
    }

    public int count() {
        return dsl.fetchCount(ISSUER);
    }

    private static void fill(IssuerRecord r, Issuer i) {
        r.setName(i.name());
        r.setShortName(i.shortName());
        r.setCategory(i.category().name());
        r.setListedSince(i.listedSince());
        r.setRetiredOn(i.retiredOn());
    }

    static Issuer toIssuer(IssuerRecord r) {
        return new Issuer(r.getId(), r.getName(), r.getShortName(), IssuerCategory.valueOf(r.getCategory()),
                r.getListedSince(), r.getRetiredOn(), r.getVersion());
    }
}
