package org.normdesk.domain.extract;

/**
 * Why a file could not be read. Each names a message key ({@code import.fail.*}) in both bundles;
 * the argument {0} is the file name, {1} a detail where the key uses one.
 */
public enum ReadProblem {
    NOT_FOUND,
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_FORMAT,
    PDF,
    ENCRYPTED,
    CORRUPT,
    ZIP_BOMB,
    NO_TEXT,
    /** A spreadsheet with no heading row naming a title column, or no document row under it. */
    NO_LEDGER_ROWS,
    IO_ERROR,
    /** The file was read but the program failed on it: a bug to report, not a broken file. */
    INTERNAL;

    public String key() {
        return "import.fail." + name();
    }
}
