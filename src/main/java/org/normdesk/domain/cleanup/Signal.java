package org.normdesk.domain.cleanup;

import org.normdesk.domain.Labelled;

/** What made the software suggest an outcome for a document in a campaign. */
public enum Signal implements Labelled {
    /** 有效期已过 → 宣布失效. */
    VALIDITY_PASSED,
    /** A newer document of the same issuer on the same matter → 废止. */
    SUPERSEDED,
    /** Cites an upper law repealed without a successor → 废止. */
    UPPER_LAW_REPEALED,
    /** Cites an upper law that was amended, or repealed and replaced → 修改. */
    UPPER_LAW_AMENDED,
    /** Nothing found → 继续有效. */
    NONE;

    @Override
    public String labelPrefix() {
        return "cleanup.signal";
    }
}
