package org.normdesk.word;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.normdesk.domain.extract.Paragraph;

/**
 * Plain text, UTF-8 or else GB18030 (what Windows Notepad in China writes). Text copied from the
 * web often comes as Markdown: a front-matter block (--- … ---) is metadata, not the document, and
 * is left out; "# " marks the title (passed on as a centred bold line, as it would be in Word);
 * "> " quotes are a site's notes around the text and are left out too.
 */
final class TextFileReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextFileReader() {
    }

    /** The text, or empty when the bytes are binary rather than text. */
    static Optional<List<Paragraph>> read(byte[] bytes) {
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        String text = decode(bytes, StandardCharsets.UTF_8).orElseGet(() -> decode(bytes, GB18030).orElse(null));
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(paragraphs(text));
    }

    static List<Paragraph> paragraphs(String text) {
        String[] lines = text.split("\\r?\\n|\\r");
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int close = 1;
            while (close < lines.length && !lines[close].strip().equals("---")) {
                close++;
            }
            if (close < lines.length) {
                i = close + 1;
            }
        }
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(">")) {
                continue;
            }
            if (line.startsWith("# ")) {
                out.add(new Paragraph(line.substring(2).strip(), true, true, 22f));
            } else {
                out.add(Paragraph.plain(line));
            }
        }
        return out;
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** NUL bytes do not occur in UTF-8 or GB18030 text, but fill every binary format. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
