package org.normdesk.word;

import java.util.List;

import org.normdesk.domain.extract.Paragraph;

/** The paragraphs of a file that could be read, in reading order, with the format it turned out to be. */
public record LoadedDocument(DocumentFormat format, List<Paragraph> paragraphs) {

    public LoadedDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
