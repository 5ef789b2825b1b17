package org.normdesk.domain.risk;

import java.util.List;

/** What one scan found: the findings in text order, and every citation with its place (for the law links). */
public record ScanResult(List<RiskFinding> findings, List<CitedLaw> citations) {

    public ScanResult {
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
    }
}
