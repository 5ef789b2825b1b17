package org.normdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * Keeps {@link DocumentTally} in step: a document inserted adds (stage, 时效性, +1), one deleted adds
 * (−1), one moved to another stage or 时效性 adds both; in the changing transaction, so that a
 * rolled-back change leaves no trace. Other updates add nothing. Created on open by
 * {@link DocumentTally#watch}.
 */
public final class DocumentTallyTrigger implements Trigger {
    private int stageColumn;
    private int validityColumn;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        stageColumn = TriggerColumns.position(conn, schemaName, tableName, "STAGE");
        validityColumn = TriggerColumns.position(conn, schemaName, tableName, "VALIDITY");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[stageColumn], newRow[stageColumn])
                && Objects.equals(oldRow[validityColumn], newRow[validityColumn])) {
            return;
        }
        if (oldRow != null) {
            add(conn, oldRow, -1);
        }
        if (newRow != null) {
            add(conn, newRow, 1);
        }
    }

    private void add(Connection conn, Object[] row, int documents) throws SQLException {
        try (PreparedStatement insert = conn.prepareStatement(
                "INSERT INTO document_tally (stage, validity, documents) VALUES (?, ?, ?)")) {
            insert.setObject(1, row[stageColumn]);
            insert.setObject(2, row[validityColumn]);
            insert.setInt(3, documents);
            insert.executeUpdate();
        }
    }
}
