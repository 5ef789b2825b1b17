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
                               SettingRepository settings, OriginalFileRepository originals) {
        static Repositories on(DSLContext dsl) {
            return new Repositories(new IssuerRepository(dsl), new DocumentRepository(dsl), new AuditRepository(dsl),
                    new SettingRepository(dsl), new OriginalFileRepository(dsl));
        }
    }

    /** All or nothing: the work commits when it returns and rolls back when it throws. */
    public <T> T inTransaction(Function<Repositories, T> work) {
        return database.dsl().transactionResult(cfg -> work.apply(Repositories.on(DSL.using(cfg))));
    }

    public <T> T read(Function<Repositories, T> work) {
        return work.apply(Repositories.on(database.dsl()));
    }
}
