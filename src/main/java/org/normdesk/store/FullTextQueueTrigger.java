package org.normdesk.store;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * Puts a document on the full-text queue when it is inserted or deleted, or when its title, 文号 or
 * full text changes: in the changing transaction, so that the queue never misses a committed change
 * and never holds a rolled-back one. Other updates (a stage, a 时效性) leave the index alone.
 * Created on open by {@link FullTextIndex#watch}.
 */
public final class FullTextQueueTrigger implements Trigger {
    /** The document columns the index holds. */
    private static final String[] INDEXED = {"TITLE", "DOC_NUMBER", "FULL_TEXT"};

    private int idColumn;
    private int[] indexedColumns;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        idColumn = TriggerColumns.position(conn, schemaName, tableName, "ID");
        indexedColumns = new int[INDEXED.length];
        for (int i = 0; i < INDEXED.length; i++) {
            indexedColumns[i] = TriggerColumns.position(conn, schemaName, tableName, INDEXED[i]);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && !indexedColumnChanged(oldRow, newRow)) {
            return;
        }
        Object id = (newRow != null ? newRow : oldRow)[idColumn];
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO fulltext_queue (document_id) VALUES (?)")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
    }

    private boolean indexedColumnChanged(Object[] oldRow, Object[] newRow) throws SQLException {
        for (int c : indexedColumns) {
            if (!sameValue(oldRow[c], newRow[c])) {
                return true;
            }
        }
        return false;
    }

    /** H2 hands a CLOB over as a fresh {@link Clob} each time, which equals nothing but itself. */
    private static boolean sameValue(Object a, Object b) throws SQLException {
        if (a instanceof Clob ca && b instanceof Clob cb) {
            long length = ca.length();
            return length == cb.length() && (length == 0
                    || ca.getSubString(1, (int) length).equals(cb.getSubString(1, (int) length)));
        }
        return Objects.equals(a, b);
    }
}
