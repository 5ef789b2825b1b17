package org.normdesk.domain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.normdesk.domain.Texts;

/**
 * One pattern of a risk rule, written so that a legal officer can read it: words separated by spaces
 * must follow each other in the clause; {@code …} lets any words come between (within the sentence);
 * {@code 批准|审批} offers alternatives; {@code *费} is any word ending in 费 and {@code 许可*} any word
 * starting with 许可; {@code <m>} is a word of that part of speech (HanLP tags: m 数词, nt 机构名 …);
 * {@code 《》} stands for a cited title. Words are matched against the segmenter's words, not as raw
 * substrings, so 处罚 does not fire inside 《行政处罚法》.
 */
public record RulePattern(String source, List<Element> elements) {

    public static final String GAP = "…";
    public static final String CITED_TITLE = "《》";

    public RulePattern {
        elements = List.copyOf(elements);
    }

    /** One position of a pattern. */
    public sealed interface Element permits Words, Gap, PartOfSpeech, CitedTitle {
    }

    /**
     * A word among alternatives; a leading or trailing * makes it a suffix or prefix of a word.
     * {@code literals} are the characters each alternative needs in the sentence, for a quick first
     * look (kept, not recomputed: the scan asks for them for every sentence).
     */
    public record Words(List<String> alternatives, List<String> literals) implements Element {
        public Words {
            alternatives = List.copyOf(alternatives);
            literals = List.copyOf(literals);
        }

        public Words(List<String> alternatives) {
            this(alternatives, alternatives.stream().map(a -> a.replace("*", "")).toList());
        }
    }

    /** Any words (possibly none) up to the end of the sentence. */
    public record Gap() implements Element {
    }

    /** A word whose part-of-speech tag starts with the given tag. */
    public record PartOfSpeech(String tag) implements Element {
    }

    /** A title in 《》 (the whole citation counts as one word). */
    public record CitedTitle() implements Element {
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException with a Chinese sentence saying what is wrong
     */
    public static RulePattern parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(Texts.get("risk.pattern.empty"));
        }
        List<Element> out = new ArrayList<>();
        for (String part : source.strip().split("[ 　]+")) {
            if (part.equals(GAP) || part.equals("...")) {
                if (out.isEmpty() || out.get(out.size() - 1) instanceof Gap) {
                    throw new IllegalArgumentException(Texts.get("risk.pattern.gap", source));
                }
                out.add(new Gap());
            } else if (part.equals(CITED_TITLE)) {
                out.add(new CitedTitle());
            } else if (part.startsWith("<") && part.endsWith(">") && part.length() > 2) {
                out.add(new PartOfSpeech(part.substring(1, part.length() - 1)));
            } else {
                List<String> alts = new ArrayList<>();
                for (String a : part.split("\\|")) {
                    String bare = a.replace("*", "");
                    if (bare.isEmpty() || a.indexOf('*', 1) > 0 && a.indexOf('*', 1) < a.length() - 1) {
                        throw new IllegalArgumentException(Texts.get("risk.pattern.word", part, source));
                    }
                    alts.add(a);
                }
                out.add(new Words(alts));
            }
        }
        if (out.get(out.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException(Texts.get("risk.pattern.gap", source));
        }
        return new RulePattern(source.strip(), out);
    }

    /** The first element that names words, for the quick look whether a sentence can match at all. */
    public Optional<Words> firstWords() {
        return elements.stream().filter(Words.class::isInstance).map(Words.class::cast).findFirst();
    }

    @Override
    public String toString() {
        return source;
    }
}
