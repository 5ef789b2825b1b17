package org.normdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads whole tables row by row, as they are stored, for the export of the register in open
 * formats. Everything is read in one transaction that sees one moment of the database, so the
 * sheets and the original files agree with each other even while the window keeps working.
 */
public final class TableDump {
    private final Database database;

    public TableDump(Database database) {
        this.database = database;
    }

    /** Receives a table: its column names once, then each row (dates as java.time, CLOBs as text). */
    public interface RowSink {
        void columns(List<String> names);

        void row(List<Object> values);
    }

    /** Receives each stored original file; the stream is open only during the call. */
    public interface OriginalSink {
        void original(long id, long documentId, String fileName, InputStream content) throws IOException;
    }

    /** One consistent view of the database. */
    public interface Snapshot {
        /** The rows of {@code table} in the order of its first column, BLOB and password-hash columns left out. */
        void table(String table, RowSink sink);

        void originals(OriginalSink sink);

        long count(String table);
    }

    public interface Work<T> {
        T run(Snapshot snapshot) throws IOException;
    }

    public <T> T inSnapshot(Work<T> work) {
        return database.dsl().connectionResult(c -> {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(new JdbcSnapshot(c));
            } finally {
                c.rollback(); // nothing was written; ends the snapshot
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(auto);
            }
        });
    }

    private record JdbcSnapshot(Connection c) implements Snapshot {
        @Override
        public void table(String table, RowSink sink) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + safe(table) + " order by 1")) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Integer> kept = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    // Password hashes never leave the database: an export is read by many, and a hash can be guessed at.
                    if (meta.getColumnType(i) != Types.BLOB && meta.getColumnType(i) != Types.VARBINARY
                            && !meta.getColumnName(i).equalsIgnoreCase("password_hash")) {
                        kept.add(i);
                        names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                }
                sink.columns(names);
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(kept.size());
                    for (int i : kept) {
                        row.add(value(rs, i, meta.getColumnType(i)));
                    }
                    sink.row(row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read table " + table, e);
            }
        }

        @Override
        public void originals(OriginalSink sink) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select id, document_id, file_name, content from original_file order by id")) {
                while (rs.next()) {
                    Blob content = rs.getBlob(4);
                    try (InputStream in = content.getBinaryStream()) {
                        sink.original(rs.getLong(1), rs.getLong(2), rs.getString(3), in);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the original files", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long count(String table) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + safe(table))) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count " + table, e);
            }
        }

        private static Object value(ResultSet rs, int i, int type) throws SQLException {
            return switch (type) {
                case Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
                case Types.TIMESTAMP -> rs.getObject(i, java.time.LocalDateTime.class);
                case Types.CLOB -> {
                    Clob clob = rs.getClob(i);
                    yield clob == null ? null : clob.getSubString(1, (int) clob.length());
                }
                default -> rs.getObject(i);
            };
        }

        /** Table names come from the service's fixed list; this only keeps them plain identifiers. */
        private static String safe(String table) {
            if (!table.matches("[A-Za-z_]+")) {
                throw new IllegalArgumentException(table);
            }
            return table;
        }
    }
}
