package org.normdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        try (ZipFile zip = new ZipFile(exportZip.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("documents.xlsx"))) {
            XlsxLedgerSearch.Figures f = XlsxLedgerSearch.openAndSearch(in, text);
            return new LedgerSearch(f.openMs(), f.searchMs(), f.rows(), f.hits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
