package org.normdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Compacts the database file when it is closed and mostly holds data that is no longer live. H2 does
 * not compact in place any more ({@code AUTO_COMPACT_FILL_RATE=0}, see {@link Database}), so each
 * change of a document leaves its old version's space behind until a whole chunk of the file is
 * dead: after five rounds of changing 30% of 4,000 large rows, a file of 166 MB of live data had grown
 * to 839 MB (H2's in-place compaction had kept it at 573 MB). {@code SHUTDOWN COMPACT} copies the live
 * data into a new file that then replaces the old one (5 s for that file on the 2-core VM), so a kill
 * during it leaves the old file whole; H2 deletes the half-written copy on the next open.
 *
 * <p>Not for an encrypted folder yet: the new file would get a new H2 file header, which the folder's
 * encryption marker names.
 */
final class ShutdownCompaction {
    /** Below this size the dead space does not matter, and closing stays instant. */
    static final long FROM_BYTES = 32L * 1024 * 1024;
    /** Compacted when live data fills less than this share of the chunks (H2's CHUNKS_FILL_RATE). */
    static final int BELOW_PERCENT = 50;

    private ShutdownCompaction() {
    }

    /**
     * Closes the database with {@code SHUTDOWN COMPACT} when it is worth it; the caller then closes
     * its pool as usual. Returns whether it did.
     */
    static boolean closeCompactedIfMostlyDead(Connection c) throws SQLException {
        long size = 0;
        int fillPercent = 100;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select setting_name, setting_value from information_schema.settings "
                     + "where setting_name in ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2));
                } else {
                    fillPercent = Integer.parseInt(rs.getString(2));
                }
            }
        }
        if (size < FROM_BYTES || fillPercent >= BELOW_PERCENT) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return true;
    }
}
