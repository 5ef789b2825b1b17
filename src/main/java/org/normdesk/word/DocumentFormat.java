package org.normdesk.word;

/** The formats a document can be read from, told apart by the file's first bytes. */
public enum DocumentFormat {
    DOCX, DOC, TEXT
}
