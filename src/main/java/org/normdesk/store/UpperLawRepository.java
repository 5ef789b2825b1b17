package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.UPPER_LAW;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.store.jooq.tables.records.UpperLawRecord;

/** The upper-law table (上位法库). Rows are matched by their name key, see {@code LawNames.key}. */
public final class UpperLawRepository {
    private final DSLContext dsl;

    public UpperLawRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(UPPER_LAW);
    }

    public Set<String> keys() {
        return dsl.select(UPPER_LAW.NAME_KEY).from(UPPER_LAW).fetchSet(UPPER_LAW.NAME_KEY).stream()
                .collect(Collectors.toSet());
    }

    public List<UpperLaw> findAll() {
        return dsl.selectFrom(UPPER_LAW).orderBy(UPPER_LAW.NAME_KEY).fetch(UpperLawRepository::toLaw);
    }

    public List<UpperLaw> findByStatus(LawStatus status) {
        return dsl.selectFrom(UPPER_LAW).where(UPPER_LAW.STATUS.eq(status.name())).orderBy(UPPER_LAW.NAME_KEY)
                .fetch(UpperLawRepository::toLaw);
    }

    public Optional<UpperLaw> findById(long id) {
        return dsl.selectFrom(UPPER_LAW).where(UPPER_LAW.ID.eq(id)).fetchOptional().map(UpperLawRepository::toLaw);
    }

    public Optional<UpperLaw> findByKey(String key) {
        return dsl.selectFrom(UPPER_LAW).where(UPPER_LAW.NAME_KEY.eq(key)).fetchOptional()
                .map(UpperLawRepository::toLaw);
    }

    public UpperLaw insert(UpperLaw law) {
        UpperLawRecord r = dsl.newRecord(UPPER_LAW);
        fill(r, law);
        r.setVersion(0);
        r.store();
        return toLaw(r);
    }

    /** Many rows in one JDBC batch (the built-in table at first use): one prepared statement, ~1,100 binds. */
    public void insertAll(List<UpperLaw> laws) {
        if (laws.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(UPPER_LAW, UPPER_LAW.NAME, UPPER_LAW.NAME_KEY, UPPER_LAW.LAW_LEVEL, UPPER_LAW.ISSUER,
                        UPPER_LAW.MADE_ON, UPPER_LAW.EFFECTIVE_ON, UPPER_LAW.AMENDED_ON, UPPER_LAW.STATUS,
                        UPPER_LAW.STATUS_ON, UPPER_LAW.REPLACED_BY, UPPER_LAW.NOTE, UPPER_LAW.SOURCE, UPPER_LAW.VERSION)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null);
        var batch = dsl.batch(insert);
        for (UpperLaw l : laws) {
            batch = batch.bind(l.name(), l.key(), l.level(), l.issuer(), l.madeOn(), l.effectiveOn(), l.amendedOn(),
                    l.status().name(), l.statusOn(), l.replacedBy(), l.note(), l.source(), 0);
        }
        batch.execute();
    }

    /** Saves the row if nobody changed it since it was read; otherwise throws {@link StaleDataException}. */
    public UpperLaw update(UpperLaw law) {
        int n = dsl.update(UPPER_LAW)
                .set(UPPER_LAW.NAME, law.name())
                .set(UPPER_LAW.NAME_KEY, law.key())
                .set(UPPER_LAW.LAW_LEVEL, law.level())
                .set(UPPER_LAW.ISSUER, law.issuer())
                .set(UPPER_LAW.MADE_ON, law.madeOn())
                .set(UPPER_LAW.EFFECTIVE_ON, law.effectiveOn())
                .set(UPPER_LAW.AMENDED_ON, law.amendedOn())
                .set(UPPER_LAW.STATUS, law.status().name())
                .set(UPPER_LAW.STATUS_ON, law.statusOn())
                .set(UPPER_LAW.REPLACED_BY, law.replacedBy())
                .set(UPPER_LAW.NOTE, law.note())
                .set(UPPER_LAW.SOURCE, law.source())
                .set(UPPER_LAW.VERSION, law.version() + 1)
                .where(UPPER_LAW.ID.eq(law.id()).and(UPPER_LAW.VERSION.eq(law.version())))
                .execute();
        if (n == 0) {
            throw new StaleDataException();
        }
        return findById(law.id()).orElseThrow();
    }

    private static void fill(UpperLawRecord r, UpperLaw l) {
        r.setName(l.name());
        r.setNameKey(l.key());
        r.setLawLevel(l.level());
        r.setIssuer(l.issuer());
        r.setMadeOn(l.madeOn());
        r.setEffectiveOn(l.effectiveOn());
        r.setAmendedOn(l.amendedOn());
        r.setStatus(l.status().name());
        r.setStatusOn(l.statusOn());
        r.setReplacedBy(l.replacedBy());
        r.setNote(l.note());
        r.setSource(l.source());
    }

    static UpperLaw toLaw(UpperLawRecord r) {
        return new UpperLaw(r.getId(), r.getName(), r.getLawLevel(), r.getIssuer(), r.getMadeOn(), r.getEffectiveOn(),
                r.getAmendedOn(), LawStatus.valueOf(r.getStatus()), r.getStatusOn(), r.getReplacedBy(), r.getNote(),
                r.getSource(), r.getVersion());
    }
}
