package org.normdesk.service;

/**
 * Told how far long work has come; answers whether to go on, so that the caller (a window's
 * cancel button, a command line) can stop it between steps.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> true;

    /** @return false to cancel the work */
    boolean report(long done, long total);
}
