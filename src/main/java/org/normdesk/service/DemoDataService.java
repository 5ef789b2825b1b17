package org.normdesk.service;

import java.time.Clock;

/**
 * Fills the register with a realistic demo county: about 40 issuers and a few hundred documents
 * spread over all stages and years. (Being written.)
 */
public final class DemoDataService {
    /** What loading the demo made. */
    public record Result(int issuers, int documents, boolean cancelled) {
    }

    public static final int DEFAULT_DOCUMENTS = 300;

    private final RegisterService register;
    private final IssuerService issuers;
    private final Clock clock;

    public DemoDataService(RegisterService register, IssuerService issuers, Clock clock) {
        this.register = register;
        this.issuers = issuers;
        this.clock = clock;
    }

    /** Adds the demo issuers (those not yet present) and {@code documents} documents. */
    public Result load(int documents, Progress progress) {
        throw new UnsupportedOperationException("demo data not yet written");
    }
}
