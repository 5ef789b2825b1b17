package org.normdesk.store;

import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Runs work on the repositories, either in one transaction (every user action is one) or, for
 * reads, on plain connections.
 */
public final class Store {
    private final Database database;

    public Store(Database database) {
        this.database = database;
    }

    /** The repositories bound to one connection or transaction. */
    public record Repositories(IssuerRepository issuers, DocumentRepository documents, AuditRepository audit,
                               SettingRepository settings, CalendarRepository calendar,
                               ReviewRepository reviews, PublicationRepository publication,
                               OriginalFileRepository originals,
                               FilingRepository filings,
                               RiskRepository risk, UpperLawRepository laws,
                               UserRepository users, CleanupRepository cleanup,
                               RevisionRepository revisions, DocumentTermsRepository terms) {
        static Repositories on(DSLContext dsl, Database database) {
            return new Repositories(new IssuerRepository(dsl), new DocumentRepository(dsl, database::fullText, database.tally()),
                    new AuditRepository(dsl),
                    new SettingRepository(dsl), new CalendarRepository(dsl), new ReviewRepository(dsl),
                    new PublicationRepository(dsl), new OriginalFileRepository(dsl),
                    new FilingRepository(dsl),
                    new RiskRepository(dsl), new UpperLawRepository(dsl),
                    new UserRepository(dsl), new CleanupRepository(dsl), new RevisionRepository(dsl),
                    new DocumentTermsRepository(dsl));
        }
    }

    /** All or nothing: the work commits when it returns and rolls back when it throws. */
    public <T> T inTransaction(Function<Repositories, T> work) {
        return database.dsl().transactionResult(cfg -> work.apply(Repositories.on(DSL.using(cfg), database)));
    }

    /**
     * Creates a numbering sequence's row in its own short transaction, before the transaction that
     * locks it and takes a number: two first numbers of a year asked for at the same moment would
     * otherwise both try to insert it.
     */
    public void prepareSequence(String scope, int year) {
        try {
            inTransaction(r -> {
                r.publication().ensureSequence(scope, year);
                return null;
            });
        } catch (org.jooq.exception.DataAccessException raced) {
            // another registration created the row at the same moment: exactly what was wanted
        }
    }

    /** The full-text index over the documents' title, 文号 and body. */
    public FullTextIndex fullText() {
        return database.fullText();
    }

    public <T> T read(Function<Repositories, T> work) {
        return work.apply(Repositories.on(database.dsl(), database));
    }
}
