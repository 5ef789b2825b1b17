package org.normdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The database's own refusal to change or delete an audit event, whoever asks (normdesk, the H2
 * console, a script over JDBC). It is a guard against accidents, not the proof: whoever can open
 * the file can drop the trigger; the hash chain ({@link AuditRepository#verify}) shows what they did.
 * Created on open by {@link AuditRepository#protect} (not in a migration: the build's Flyway run
 * that feeds jOOQ's code generator cannot load this class).
 */
public final class AuditAppendOnly implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("审计日志只能追加，不能修改或删除（audit_event is append-only）", "42000");
    }
}
