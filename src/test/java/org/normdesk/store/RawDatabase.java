package org.normdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A plain JDBC connection to a closed data folder's database, for tests that check or change what
 * is stored without the code under test. It uses normdesk's own settings: with H2's defaults, its
 * close would compact the file in place, the move that H2 2.3.232 can get wrong ("Double mark" on
 * the next open, see {@link Database#jdbcUrl}).
 */
public final class RawDatabase {
    private RawDatabase() {
    }

    public static String url(Path folder) {
        return Database.jdbcUrl(folder);
    }

    public static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection(url(folder), "sa", "");
    }
}
