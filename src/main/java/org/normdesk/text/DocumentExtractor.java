package org.normdesk.text;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.extract.Citation;
import org.normdesk.domain.extract.ExtractedField;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.extract.Paragraph;
import org.normdesk.domain.extract.Structure;

/**
 * Reads the register's fields from a document's paragraphs: title (and the 印发通知 wrapper),
 * 文号, 制定机关 and co-issuers, 成文/施行/有效期 dates, 暂行/试行, the outline and the citations.
 * Each field keeps the words it came from and a confidence. Stateless apart from the issuer list;
 * safe to share between threads.
 */
public final class DocumentExtractor {
    private final IssuerResolver issuers;

    /** @param knownIssuers the 制定主体清单, to map 文号 prefixes and names onto listed issuers; may be empty */
    public DocumentExtractor(List<Issuer> knownIssuers) {
        this.issuers = new IssuerResolver(knownIssuers);
    }

    public ExtractionResult extract(List<Paragraph> paragraphs) {
        List<Paragraph> lines = LineSplitter.split(paragraphs);
        String text = lines.stream().map(p -> p.text().strip()).collect(Collectors.joining("\n"));
        Head head = Head.read(lines);

        ExtractedField<String> wrapper = ExtractedField.none();
        ExtractedField<String> title = ExtractedField.none();
        int bodyStart = head.titleEnd() + 1;
        Signature signature = Signature.find(lines, bodyStart).orElse(null);
        if (head.title() != null) {
            double titleConfidence = head.titleByStyle() ? 0.9 : 0.8;
            String wrapped = WrappedTitle.wrappedName(head.title());
            if (wrapped != null) {
                wrapper = ExtractedField.of(head.title(), head.titleSnippet(), titleConfidence);
                int searchFrom = signature != null ? signature.line() + 1 : bodyStart;
                WrappedTitle.Found found = WrappedTitle.find(wrapped, lines, searchFrom);
                title = ExtractedField.of(found.title(), found.snippet(), found.confidence());
                if (found.line() >= 0) {
                    bodyStart = found.line() + 1;
                }
            } else {
                title = ExtractedField.of(head.title(), head.titleSnippet(), titleConfidence);
            }
        }

        ExtractedField<String> docNumber = head.docNumber() != null
                ? ExtractedField.of(head.docNumber(), head.docNumberLine(), 0.95)
                : selfCitedDocNumber(text, title.value());

        ExtractedField<LocalDate> signedOn = signature != null
                ? ExtractedField.of(signature.date(), signature.snippet(), signature.organs().isEmpty() ? 0.8 : 0.9)
                : ExtractedField.none();
        ExtractedField<LocalDate> effectiveOn = ForceDates.effectiveOn(text, signedOn.value());
        ExtractedField<LocalDate> validUntil = ForceDates.validUntil(text, effectiveOn.value());

        String headText = lines.stream().limit(6).map(Paragraph::text).collect(Collectors.joining("\n"));
        IssuerResolver.Resolved who = issuers.resolve(head.redHeadOrgans(), head.redHeadLine(), signature,
                wrapper.isPresent() ? wrapper.value() : title.value(), docNumber.value(), headText);

        Structure structure = StructureParser.parse(lines, bodyStart);
        Set<String> own = new HashSet<>();
        if (title.isPresent()) {
            own.add(WrappedTitle.norm(title.value()));
        }
        List<Citation> citations = CitationFinder.find(text, own);

        return new ExtractionResult(title, wrapper, docNumber, who.lead(), who.coIssuers(), signedOn,
                effectiveOn, validUntil, trial(title.value(), wrapper.isPresent()),
                ExtractedField.of(structure, structureSnippet(structure), structure.articleCount() > 0 ? 0.9 : 0.3),
                citations, text);
    }

    /** A text that cites itself with its 文号, "《本细则》（渝粮规范〔2023〕2号）", as annexed forms do. */
    private static ExtractedField<String> selfCitedDocNumber(String text, String title) {
        if (title == null) {
            return ExtractedField.none();
        }
        Matcher m = Pattern.compile("《" + Pattern.quote(title) + "》\\s*[（(]\\s*(" + Head.DOC_NUMBER.pattern() + ")\\s*[)）]")
                .matcher(text);
        if (m.find()) {
            return DocNumber.normalize(m.group(1))
                    .map(n -> ExtractedField.of(n, m.group(), 0.7))
                    .orElse(ExtractedField.none());
        }
        return ExtractedField.none();
    }

    /** 暂行/试行 in the document's own title; a 《…》 quoted inside a notice's title is another document. */
    private static ExtractedField<Boolean> trial(String title, boolean wrapped) {
        if (title == null) {
            return ExtractedField.none();
        }
        String own = wrapped ? title : title.replaceAll("《[^》]*》", "");
        boolean trial = own.contains("暂行") || own.contains("试行");
        return ExtractedField.of(trial, title, trial ? 0.95 : 0.8);
    }

    private static String structureSnippet(Structure s) {
        return "章 " + s.chapters() + " · 节 " + s.sections() + " · 条 " + s.articles()
                + " · 一、 " + s.headings() + " · （一） " + s.items();
    }
}
