package org.normdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.extract.ImportFailure;
import org.normdesk.domain.extract.ReadProblem;
import org.normdesk.text.DocumentExtractor;
import org.normdesk.word.DocumentReader;
import org.normdesk.word.LoadedDocument;
import org.normdesk.word.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files and extracts their register fields, without touching the register: the command line's
 * {@code extract} and the import both start here. Each file succeeds or fails on its own.
 */
public final class ExtractionService {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionService.class);

    private final DocumentReader reader;
    private final DocumentExtractor extractor;

    public ExtractionService(List<Issuer> knownIssuers, long maxBytes) {
        this.reader = new DocumentReader(maxBytes);
        this.extractor = new DocumentExtractor(knownIssuers);
    }

    public ExtractionService(List<Issuer> knownIssuers) {
        this(knownIssuers, DocumentReader.DEFAULT_MAX_BYTES);
    }

    public FileExtraction extract(Path file) {
        try {
            LoadedDocument doc = reader.read(file);
            return new FileExtraction(file, extractor.extract(doc.paragraphs()), null);
        } catch (UnreadableDocumentException e) {
            // The user gets the sentence; the stack stays at debug level so a terminal never shows it.
            LOG.info("cannot read {}: {}", file, e.getMessage());
            LOG.debug("cannot read {}", file, e);
            return new FileExtraction(file, null, e.failure());
        } catch (RuntimeException e) {
            // A bug in extraction must not stop a batch: the file is skipped with a sentence that does
            // not blame the file (telling the user to re-save a good file would send them in circles).
            LOG.warn("extraction failed for {}", file, e);
            return new FileExtraction(file, null,
                    new ImportFailure(String.valueOf(file.getFileName()), ReadProblem.INTERNAL, e.getClass().getSimpleName()));
        }
    }

    /** Extracts the files in order; stops early (returning what is done) when progress says cancel. */
    public List<FileExtraction> extractAll(List<Path> files, Progress progress) {
        List<FileExtraction> out = new ArrayList<>(files.size());
        for (Path f : files) {
            if (!progress.report(out.size(), files.size())) {
                break;
            }
            out.add(extract(f));
        }
        progress.report(out.size(), files.size());
        return out;
    }
}
