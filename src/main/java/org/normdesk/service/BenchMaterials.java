package org.normdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.normdesk.word.OfficialDocx;
import org.normdesk.word.XlsxLedgerSearch;

/** What {@code normdesk bench} needs from Word and Excel: a draft to import, and the ledger a reviewer would otherwise search. */
public final class BenchMaterials {

    /** Opening the ledger, one search in it, its rows and the rows found. */
    public record LedgerSearch(double openMs, double searchMs, int rows, int hits) {
    }

    private BenchMaterials() {
    }

    /** Writes a draft as a real .docx in the official look: the title, then one paragraph per line of the body. */
    public static Path draftDocx(Path target, String title, String body) {
        try (OfficialDocx docx = new OfficialDocx(false)) {
            docx.title(title);
            for (String line : body.split("\n")) {
                if (!line.isBlank()) {
                    docx.body(line.strip());
                }
            }
            docx.save(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the documents sheet of an {@code export-all} zip as a reviewer opens an .xlsx ledger,
     * and looks for the text in every cell.
     */
    public static LedgerSearch searchLedger(Path exportZip, String text) {
        try {
            // the ledger comes out of the export's zip into a file of its own, as a reviewer keeps it
            Path xlsx = Files.createTempFile("normdesk-ledger-", ".xlsx");
            try {
                try (ZipFile zip = new ZipFile(exportZip.toFile());
                     InputStream in = zip.getInputStream(zip.getEntry("documents.xlsx"))) {
                    Files.copy(in, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                XlsxLedgerSearch.Figures f = XlsxLedgerSearch.openAndSearch(xlsx, text);
                return new LedgerSearch(f.openMs(), f.searchMs(), f.rows(), f.hits());
            } finally {
                Files.deleteIfExists(xlsx);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
