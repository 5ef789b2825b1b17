package org.normdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Where a trigger finds a column in the rows H2 hands to {@code Trigger.fire}. */
final class TriggerColumns {
    private TriggerColumns() {
    }

    /** The 0-based position of {@code column} in the rows of {@code table}. */
    static int position(Connection conn, String schema, String table, String column) throws SQLException {
        try (ResultSet r = conn.getMetaData().getColumns(null, schema, table, column.toUpperCase(Locale.ROOT))) {
            if (!r.next()) {
                throw new SQLException("trigger on " + table + ": no column " + column);
            }
            return r.getInt("ORDINAL_POSITION") - 1;
        }
    }
}
