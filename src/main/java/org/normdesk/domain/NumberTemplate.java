package org.normdesk.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbering pattern such as 杨管规〔{year}〕{seq:3}, HFGS—{year}—{seq} or
 * {issuer}规〔{year}〕{seq:3}. {year} is the year, {seq} the per-year sequence ({seq:N} zero-padded
 * to N digits), {issuer} the issuer's short name, which also gives each issuer its own sequence.
 */
public record NumberTemplate(String pattern) {
    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d))?}");

    /** Why the pattern cannot number anything; empty when it can. */
    public Optional<Problem> problem() {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of(Problem.error("template", "numbering.template.empty"));
        }
        if (!pattern.contains("{year}") || !SEQ.matcher(pattern).find()) {
            return Optional.of(Problem.error("template", "numbering.template.tokens", pattern));
        }
        return Optional.empty();
    }

    /** Whether each issuer counts its own sequence. */
    public boolean perIssuer() {
        return pattern.contains("{issuer}");
    }

    /** The sequence's scope: all documents, or one issuer's. */
    public String scope(String issuerShortName) {
        return perIssuer() ? pattern + "|" + issuerShortName : pattern;
    }

    public String format(int year, int sequence, String issuerShortName) {
        Matcher m = SEQ.matcher(pattern.replace("{year}", String.valueOf(year))
                .replace("{issuer}", issuerShortName == null ? "" : issuerShortName));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            String digits = String.valueOf(sequence);
            m.appendReplacement(out, Matcher.quoteReplacement("0".repeat(Math.max(0, width - digits.length())) + digits));
        }
        m.appendTail(out);
        return out.toString();
    }
}
