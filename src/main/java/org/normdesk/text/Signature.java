package org.normdesk.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.normdesk.domain.extract.Paragraph;

/**
 * The 落款: the issuing organ(s) on a line or lines of their own, then the 成文日期 alone on a
 * line. In a 印发通知 the first such block closes the notice and is the one that counts; a
 * stand-alone document has it at its end. Organs and date are read together so that a date in a
 * sentence is never taken for the signature.
 */
record Signature(List<String> organs, LocalDate date, String snippet, int line) {

    static Optional<Signature> find(List<Paragraph> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            Optional<LocalDate> date = DateParser.standalone(lines.get(i).text());
            if (date.isEmpty()) {
                continue;
            }
            List<String> organs = new ArrayList<>();
            StringBuilder snippet = new StringBuilder();
            for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
                List<String> found = Organs.organsOf(lines.get(k).text());
                if (found.isEmpty()) {
                    break;
                }
                organs.addAll(0, found);
                snippet.insert(0, lines.get(k).text().strip() + " ");
            }
            snippet.append(lines.get(i).text().strip());
            return Optional.of(new Signature(organs, date.get(), snippet.toString(), i));
        }
        return Optional.empty();
    }
}
