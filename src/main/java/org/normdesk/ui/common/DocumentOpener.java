package org.normdesk.ui.common;

/** Lets a screen open the document editor without knowing how the editor is built. */
public interface DocumentOpener {
    void open(long documentId);

    void openNew();
}
