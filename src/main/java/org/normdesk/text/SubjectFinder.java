package org.normdesk.text;

import java.util.List;

/**
 * Who a clause binds. Looks, before the words that raised a finding, for the first word that names
 * an administrative organ (the pack's list, or HanLP's organisation tags nt…/nis such as 管理局) or a
 * citizen or enterprise (the pack's list) — first in the clause of the match (up to a comma), else in
 * the sentence. Words governed by a preposition (经县政府批准, 向商务局备案, 由…负责: HanLP tag p) are the
 * agent or the addressee, not the subject, and are skipped up to the next verb or punctuation.
 */
final class SubjectFinder {

    enum Subject { ADMIN, PUBLIC, UNKNOWN }

    private final WordList administration;
    private final WordList publicSubjects;

    SubjectFinder(List<String> administration, List<String> publicSubjects) {
        this.administration = new WordList(administration);
        this.publicSubjects = new WordList(publicSubjects);
    }

    Subject subjectBefore(List<Token> tokens, int matchStart) {
        int clauseStart = 0;
        for (int i = matchStart - 1; i >= 0; i--) {
            if (tokens.get(i).isPunctuation()) {
                clauseStart = i + 1;
                break;
            }
        }
        Subject inClause = first(tokens, clauseStart, matchStart);
        return inClause != Subject.UNKNOWN ? inClause : first(tokens, 0, matchStart);
    }

    private Subject first(List<Token> tokens, int from, int to) {
        boolean governed = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.nature().equals("p") || t.glued() && startsWithPreposition(t.word())) {
                governed = true;
                continue;
            }
            if (governed) {
                if (t.isPunctuation() || t.nature().startsWith("v")) {
                    governed = false;
                }
                continue;
            }
            // the longer public names first: 村民委员会 is not an organ although it ends in 委员会
            if (publicSubjects.matchesAt(tokens, i)) {
                return Subject.PUBLIC;
            }
            if (administration.matchesAt(tokens, i) || t.nature().startsWith("nt") || t.nature().equals("nis")) {
                return Subject.ADMIN;
            }
        }
        return Subject.UNKNOWN;
    }

    private static boolean startsWithPreposition(String word) {
        return word.startsWith("经") || word.startsWith("向") || word.startsWith("由");
    }
}
