package org.normdesk.word;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.normdesk.domain.extract.Paragraph;
import org.normdesk.domain.extract.ReadProblem;

/**
 * Reads a Word (.docx, .doc) or plain-text file into paragraphs. The format comes from the first
 * bytes, never the name. Every way a file can be bad ends in an {@link UnreadableDocumentException}
 * that names the reason; one bad file never stops the others. Oversized files are refused before
 * a byte is parsed, and POI's zip-bomb guard (ZipSecureFile) stays on.
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public LoadedDocument read(Path file) throws UnreadableDocumentException {
        String name = String.valueOf(file.getFileName());
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, ReadProblem.NOT_FOUND, null, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, ReadProblem.IO_ERROR, e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException(name, ReadProblem.UNSUPPORTED_FORMAT, null, null);
        }
        if (size == 0) {
            throw new UnreadableDocumentException(name, ReadProblem.EMPTY, null, null);
        }
        if (size > maxBytes) {
            throw new UnreadableDocumentException(name, ReadProblem.TOO_LARGE,
                    String.valueOf(maxBytes / (1024 * 1024)), null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(16);
            byte[] head = in.readNBytes(8);
            in.reset();
            LoadedDocument doc = switch (Magic.of(head)) {
                case ZIP -> new LoadedDocument(DocumentFormat.DOCX, DocxParagraphs.read(in));
                case OLE2 -> readOle2(name, in);
                case PDF -> throw new UnreadableDocumentException(name, ReadProblem.PDF, null, null);
                case RTF -> throw new UnreadableDocumentException(name, ReadProblem.UNSUPPORTED_FORMAT, "RTF", null);
                case OTHER -> readText(name, in.readAllBytes());
            };
            if (doc.paragraphs().stream().allMatch(p -> p.text().isBlank())) {
                throw new UnreadableDocumentException(name, ReadProblem.NO_TEXT, null, null);
            }
            return doc;
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(name, ReadProblem.ENCRYPTED, null, e);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(name, ReadProblem.UNSUPPORTED_FORMAT, null, e);
        } catch (IOException | RuntimeException e) {
            // POI reports broken files with many exception types; a zip bomb shows in the message.
            if (mentions(e, "Zip bomb")) {
                throw new UnreadableDocumentException(name, ReadProblem.ZIP_BOMB, null, e);
            }
            if (e instanceof org.apache.poi.ooxml.POIXMLException && mentions(e, "document")) {
                throw new UnreadableDocumentException(name, ReadProblem.UNSUPPORTED_FORMAT, null, e);
            }
            throw new UnreadableDocumentException(name, ReadProblem.CORRUPT, shortReason(e), e);
        }
    }

    /** An OLE2 container is a .doc, an encrypted OOXML file (password), or another Office format. */
    private static LoadedDocument readOle2(String name, InputStream in) throws IOException, UnreadableDocumentException {
        POIFSFileSystem fs = new POIFSFileSystem(in);
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException(name, ReadProblem.ENCRYPTED, null, null);
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UnreadableDocumentException(name, ReadProblem.UNSUPPORTED_FORMAT, null, null);
            }
            return new LoadedDocument(DocumentFormat.DOC, DocParagraphs.read(fs));
        } finally {
            fs.close();
        }
    }

    private static LoadedDocument readText(String name, byte[] bytes) throws UnreadableDocumentException {
        Optional<List<Paragraph>> paragraphs = TextFileReader.read(bytes);
        if (paragraphs.isEmpty()) {
            throw new UnreadableDocumentException(name, ReadProblem.UNSUPPORTED_FORMAT, null, null);
        }
        return new LoadedDocument(DocumentFormat.TEXT, paragraphs.get());
    }

    private static boolean mentions(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
