package org.normdesk.text;

import java.util.List;

import org.normdesk.domain.risk.RulePattern;
import org.normdesk.domain.risk.RulePattern.CitedTitle;
import org.normdesk.domain.risk.RulePattern.Element;
import org.normdesk.domain.risk.RulePattern.Gap;
import org.normdesk.domain.risk.RulePattern.PartOfSpeech;
import org.normdesk.domain.risk.RulePattern.Words;

/**
 * Matches a {@link RulePattern} against a sentence's tokens. Words must start and end on word
 * boundaries (a word may span several tokens: 本办法 = 本/办法), which is what keeps 罚款 from
 * matching in 罚款额度 or 许可 in 不予许可证明 only by accident. Small backtracking search: patterns are
 * a handful of elements, sentences a few dozen tokens.
 */
final class PatternMatcher {

    /** Token span of a match, {@code from} inclusive, {@code to} exclusive. */
    record Match(int from, int to) {
    }

    private PatternMatcher() {
    }

    /** Quick look on the characters: can the sentence contain every word the pattern needs? */
    static boolean mayMatch(RulePattern p, String sentence) {
        List<Element> els = p.elements();
        for (int i = 0; i < els.size(); i++) {
            Element e = els.get(i);
            if (e instanceof Words w && !containsAny(sentence, w.literals())) {
                return false;
            }
            if (e instanceof CitedTitle && sentence.indexOf('《') < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String sentence, List<String> literals) {
        for (int i = 0; i < literals.size(); i++) {
            if (sentence.contains(literals.get(i))) {
                return true;
            }
        }
        return false;
    }

    static Match find(RulePattern p, List<Token> tokens) {
        List<Element> els = p.elements();
        for (int i = 0; i < tokens.size(); i++) {
            int end = matchFrom(els, 0, tokens, i);
            if (end >= 0) {
                return new Match(i, end);
            }
        }
        return null;
    }

    /** Tokens consumed from {@code t} when elements {@code e…} match there, or -1. */
    private static int matchFrom(List<Element> els, int e, List<Token> tokens, int t) {
        if (e == els.size()) {
            return t;
        }
        Element el = els.get(e);
        if (el instanceof Gap) {
            for (int u = t; u < tokens.size(); u++) {
                int end = matchFrom(els, e + 1, tokens, u);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (t >= tokens.size()) {
            return -1;
        }
        int next = advance(el, tokens, t);
        return next < 0 ? -1 : matchFrom(els, e + 1, tokens, next);
    }

    /**
     * Where a match of one element starting at token t ends (exclusive), or -1. There is at most one
     * way: the first alternative that fits is taken.
     */
    private static int advance(Element el, List<Token> tokens, int t) {
        Token tok = tokens.get(t);
        if (el instanceof CitedTitle) {
            return tok.isTitle() ? t + 1 : -1;
        }
        if (el instanceof PartOfSpeech pos) {
            return tok.nature().startsWith(pos.tag()) ? t + 1 : -1;
        }
        List<String> alternatives = ((Words) el).alternatives();
        for (int i = 0; i < alternatives.size(); i++) { // indexed: an iterator per token showed in the profile
            int end = wordEnd(alternatives.get(i), tokens, t);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** The end of word {@code alt} at token t, or -1. Public to the scanner for the subject lists. */
    static int wordEnd(String alt, List<Token> tokens, int t) {
        Token tok = tokens.get(t);
        if (tok.isTitle()) {
            return -1;
        }
        // compared in place: a substring of the pattern word for every token was much of the scan's garbage
        String word = tok.word();
        if (alt.startsWith("*")) { // *费: the word ends with 费
            int suffix = alt.length() - 1;
            return word.regionMatches(word.length() - suffix, alt, 1, suffix) ? t + 1 : -1;
        }
        if (alt.endsWith("*")) { // 许可*: the word starts with 许可
            return word.regionMatches(0, alt, 0, alt.length() - 1) ? t + 1 : -1;
        }
        // the word may span tokens (本办法 = 本/办法): walk them along the word without building strings
        int at = 0;
        for (int j = t; j < tokens.size(); j++) {
            String w = tokens.get(j).word();
            if (!alt.startsWith(w, at)) {
                break;
            }
            at += w.length();
            if (at == alt.length()) {
                return j + 1;
            }
        }
        // the length first: glued() compares the tag three times, and this runs for every token
        if (word.length() > alt.length() && tok.glued() && (word.startsWith(alt) || word.endsWith(alt))) {
            return t + 1;
        }
        return -1;
    }
}
