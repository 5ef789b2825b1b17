package org.normdesk.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;

/** A submitted {@link BackgroundTask}: its progress (0..1, or -1 while unknown) and a way to cancel it. */
public interface TaskHandle {

    /**
     * Asks the work to stop and drops its result: neither onSuccess nor onError runs, onCancel does.
     * Never interrupts the thread, because an interrupted H2 file channel closes the database.
     */
    void cancel();

    boolean isCancelled();

    ReadOnlyDoubleProperty progressProperty();
}
