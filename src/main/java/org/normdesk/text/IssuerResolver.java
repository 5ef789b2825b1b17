package org.normdesk.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.extract.ExtractedField;

/**
 * Decides the 制定机关 and co-issuers from the evidence, strongest first: the 红头, the signature,
 * the organ that opens the title, the 文号 prefix mapped through the issuer list's short names,
 * and last HanLP's organisation recognition. A name found in the text is replaced by the listed
 * issuer it denotes (县财政局 → 清河县财政局), so that imports attach to the register's issuers.
 */
final class IssuerResolver {
    private final List<Issuer> known;

    IssuerResolver(List<Issuer> known) {
        this.known = List.copyOf(known);
    }

    record Evidence(List<String> organs, String snippet, double confidence) {
    }

    record Resolved(ExtractedField<String> lead, ExtractedField<List<String>> coIssuers) {
    }

    Resolved resolve(List<String> redHead, String redHeadLine, Signature signature, String title,
                     String docNumber, String headText) {
        List<Evidence> evidence = new ArrayList<>();
        if (!redHead.isEmpty()) {
            evidence.add(new Evidence(redHead, redHeadLine, 0.95));
        }
        if (signature != null && !signature.organs().isEmpty()) {
            evidence.add(new Evidence(signature.organs(), signature.snippet(), 0.9));
        }
        if (title != null) {
            List<String> fromTitle = Organs.titlePrefixOrgans(title);
            if (!fromTitle.isEmpty()) {
                evidence.add(new Evidence(fromTitle, title, 0.85));
            }
        }
        byDocNumber(docNumber).ifPresent(i -> evidence.add(new Evidence(List.of(i.name()), docNumber, 0.8)));
        if (evidence.isEmpty() && !headText.isBlank()) {
            List<String> orgs = HanLpOrganisations.find(headText);
            if (!orgs.isEmpty()) {
                evidence.add(new Evidence(List.of(orgs.get(0)), headText, 0.5));
            }
        }
        if (evidence.isEmpty()) {
            return new Resolved(ExtractedField.none(), ExtractedField.of(List.of(), "", 0));
        }
        Evidence best = evidence.get(0);
        Set<String> all = new LinkedHashSet<>();
        for (String organ : best.organs()) {
            all.add(canonical(organ));
        }
        // 联合发文 shows in the 红头 and in the signature; either may list more organs than the other.
        for (Evidence e : evidence) {
            if (e.organs().size() > 1) {
                e.organs().forEach(o -> all.add(canonical(o)));
            }
        }
        List<String> names = new ArrayList<>(all);
        String lead = names.get(0);
        List<String> co = names.subList(1, names.size());
        double confidence = Math.min(1, best.confidence() + (agree(evidence) ? 0.05 : 0));
        return new Resolved(ExtractedField.of(lead, best.snippet(), confidence),
                ExtractedField.of(List.copyOf(co), best.snippet(), co.isEmpty() ? best.confidence() : best.confidence() - 0.05));
    }

    private boolean agree(List<Evidence> evidence) {
        return evidence.size() > 1
                && canonical(evidence.get(0).organs().get(0)).equals(canonical(evidence.get(1).organs().get(0)));
    }

    /** The listed issuer whose short name is the longest prefix of the 文号's prefix (清政办发 → 清政办). */
    private Optional<Issuer> byDocNumber(String docNumber) {
        if (docNumber == null) {
            return Optional.empty();
        }
        Optional<DocNumber> parsed = DocNumber.parse(docNumber);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String prefix = parsed.get().prefix();
        return known.stream()
                .filter(i -> i.shortName() != null && !i.shortName().isBlank() && prefix.startsWith(i.shortName()))
                .max(Comparator.comparingInt(i -> i.shortName().length()));
    }

    /** The listed issuer a name denotes (same name, or one ends with the other: 县财政局 / 清河县财政局). */
    String canonical(String organ) {
        for (Issuer i : known) {
            if (i.name().equals(organ)) {
                return i.name();
            }
        }
        for (Issuer i : known) {
            if (i.name().endsWith(organ) || organ.endsWith(i.name())) {
                return i.name();
            }
        }
        return organ;
    }
}
