package org.normdesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.normdesk.domain.Texts;
import org.normdesk.store.TableDump;
import org.normdesk.word.XlsxTables;

/**
 * The whole register in open formats, for the archive and for any other program: a zip of .xlsx
 * workbooks (documents, issuers, reviews and findings, the audit log), one sheet per table with
 * the stored columns as they are, and every stored original file under {@code originals/}. Texts
 * too long for an Excel cell go whole into {@code long-texts/}, the cell saying where.
 */
public final class FullExportService {
    /** A workbook of the export and the tables it holds, each as a sheet. */
    private record Book(String file, List<Sheet> sheets) {
    }

    private record Sheet(String table, String nameKey) {
    }

    private static final List<Book> BOOKS = List.of(
            new Book("documents.xlsx", List.of(new Sheet("DOCUMENT", "export.sheet.documents"),
                    new Sheet("DOCUMENT_CO_ISSUER", "export.sheet.coIssuers"),
                    new Sheet("ORIGINAL_FILE", "export.sheet.originals"))),
            new Book("issuers.xlsx", List.of(new Sheet("ISSUER", "export.sheet.issuers"))),
            new Book("reviews.xlsx", List.of(new Sheet("REVIEW_CASE", "export.sheet.reviews"),
                    new Sheet("REVIEW_SUBMISSION", "export.sheet.submissions"),
                    new Sheet("REVIEW_FINDING", "export.sheet.findings"),
                    new Sheet("DELIBERATION", "export.sheet.deliberations"))),
            new Book("audit_log.xlsx", List.of(new Sheet("AUDIT_EVENT", "export.sheet.audit"))),
            new Book("users.xlsx", List.of(new Sheet("APP_USER", "export.sheet.users"))));
    static final String ORIGINALS = "originals/";
    static final String LONG_TEXTS = "long-texts/";
    static final String README = "说明.txt";

    private final TableDump dump;

    FullExportService(TableDump dump) {
        this.dump = dump;
    }

    /** What was written. */
    public record Result(Path file, long bytes, long documents, long originals) {
    }

    /**
     * Writes the export to {@code target} (through a temporary name, so a cancelled or failed export
     * leaves no half file). Progress counts the sheets and the original files; false cancels.
     *
     * @return empty when cancelled
     */
    public java.util.Optional<Result> exportAll(Path target, Progress progress) {
        Path file = target.toAbsolutePath();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            Result result = dump.inSnapshot(snapshot -> {
                long originals = snapshot.count("ORIGINAL_FILE");
                long documents = snapshot.count("DOCUMENT");
                int sheets = BOOKS.stream().mapToInt(b -> b.sheets().size()).sum();
                long total = sheets + originals;
                long[] done = {0};
                try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (Book book : BOOKS) {
                        if (!writeBook(zip, snapshot, book, progress, done, total)) {
                            return null;
                        }
                    }
                    if (!writeOriginals(zip, snapshot, progress, done, total)) {
                        return null;
                    }
                    zip.putNextEntry(new ZipEntry(README));
                    zip.write(Texts.get("export.readme", documents, originals).replace("\n", "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                return new Result(file, 0, documents, originals);
            });
            if (result == null) {
                Files.deleteIfExists(partial);
                return java.util.Optional.empty();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            progress.report(1, 1);
            return java.util.Optional.of(new Result(file, Files.size(file), result.documents(), result.originals()));
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new BackupException(Texts.get("export.failed", file, e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static boolean writeBook(ZipOutputStream zip, TableDump.Snapshot snapshot, Book book, Progress progress,
                                     long[] done, long total) throws IOException {
        try (XlsxTables tables = new XlsxTables()) {
            for (Sheet sheet : book.sheets()) {
                if (!progress.report(done[0], total)) {
                    return false;
                }
                snapshot.table(sheet.table(), new TableDump.RowSink() {
                    private XlsxTables.Table target;
                    private List<String> columns;

                    @Override
                    public void columns(List<String> names) {
                        columns = names;
                        target = tables.sheet(Texts.get(sheet.nameKey()), names);
                    }

                    @Override
                    public void row(List<Object> values) {
                        List<Object> cells = new ArrayList<>(values);
                        for (int i = 0; i < cells.size(); i++) {
                            if (cells.get(i) instanceof String s && s.length() > XlsxTables.MAX_CELL_TEXT) {
                                String name = LONG_TEXTS + sheet.table().toLowerCase() + "-" + values.get(0) + "-"
                                        + columns.get(i) + ".txt";
                                writeEntry(zip, name, s.getBytes(StandardCharsets.UTF_8));
                                cells.set(i, Texts.get("export.longText", name) + s.substring(0, 1000));
                            }
                        }
                        target.add(cells);
                    }
                });
                done[0]++;
            }
            zip.putNextEntry(new ZipEntry(book.file()));
            tables.writeTo(zip);
            zip.closeEntry();
        }
        return true;
    }

    private static boolean writeOriginals(ZipOutputStream zip, TableDump.Snapshot snapshot, Progress progress,
                                          long[] done, long total) {
        boolean[] go = {true};
        snapshot.originals((id, documentId, fileName, content) -> {
            if (!go[0] || !progress.report(done[0], total)) {
                go[0] = false;
                return;
            }
            zip.putNextEntry(new ZipEntry(originalPath(id, documentId, fileName)));
            content.transferTo(zip);
            zip.closeEntry();
            done[0]++;
        });
        return go[0];
    }

    /** {@code originals/<document id>/<original id>-<file name>}: unique, and grouped by document. */
    static String originalPath(long id, long documentId, String fileName) {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return ORIGINALS + documentId + "/" + id + "-" + safe;
    }

    private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover .partial is harmless
        }
    }
}
