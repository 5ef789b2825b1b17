package org.normdesk.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.normdesk.domain.law.LawNames;

/**
 * Makes the {@link TermCounts} of a document from HanLP's words of its title and body, for 相似文件:
 * which documents in force deal with the same matter as a draft. Only words that can tell one
 * matter from another are kept; what every normative document says (本办法, 应当, 人民政府…) would
 * make all documents look alike.
 */
public final class TermVectors {
    /**
     * Bump when the words kept or their weights change: stored vectors made by another recipe are
     * then made again, as if their text had changed.
     */
    public static final int RECIPE = 2; // 2: a cited law is named by LawNames.key

    /**
     * A title word counts three times a body word: the title names the matter in a dozen
     * characters, while a body of thousands dilutes it; but a body that shares most of its words
     * still outweighs a title that shares one (见 {@link SimilarityIndex} for the dampened counts).
     */
    static final int TITLE_WEIGHT = 3;

    /**
     * Parts of speech (HanLP's natures, by their first letter or whole) that carry the matter:
     * nouns (粮食, 储备粮, 耕地), verbs and verbal nouns (轮换, 抵押, 收购), nominal adjectives
     * (安全), distinguishing words (市级), abbreviations, idioms and place words. Everything else is
     * dropped: punctuation (w), numerals and quantifiers (m, q: 第十二条, 三年, 吨), pronouns (r),
     * prepositions (p), conjunctions (c), particles (u), adverbs (d: 不, 依法, 擅自), direction and
     * time words (f, t: 以上, 每年), and HanLP's “is”/“has” verbs (vshi, vyou), since they say how
     * a rule is written, not what it is about.
     */
    private static final Set<String> KEPT_NATURE_START = Set.of("n", "v", "an", "b", "j", "l", "i", "g", "s");
    private static final Set<String> DROPPED_NATURES = Set.of("nx", "vshi", "vyou", "vf", "vx", "vg", "ng");

    /**
     * Words that every normative document of a county uses whatever its matter: the kinds of
     * document and their parts, the duty words, the makers, the ending clauses and the marks of a
     * draft. IDF already weighs common words down; this short list keeps them out of the “shared
     * words” the reviewer is shown and out of small registers, where IDF cannot see yet that a
     * word is everywhere. Data, not logic: extend it when a reviewer sees a word that says nothing.
     */
    static final Set<String> STOP_WORDS = Set.of(
            // kinds of document and their own names
            "办法", "本办法", "规定", "本规定", "细则", "本细则", "实施细则", "意见", "本意见", "通知", "决定", "通告",
            "公告", "条例", "规则", "方案", "文件", "规范性文件",
            // duty and reference words of every article
            "应当", "不得", "可以", "有关", "相关", "按照", "依照", "根据", "依据", "要求", "执行", "负责",
            "实施", "制定", "印发", "发布", "施行", "解释", "适用", "结合", "实际", "情况", "其他", "以下", "以上",
            "办理", "做好", "加强", "进一步", "开展",
            // who makes and does
            "县", "市", "区", "乡", "镇", "人民政府", "政府", "部门", "单位", "机关", "个人", "组织", "工作",
            "本县", "本市", "本区", "各级", "县级", "市级", "主管部门", "行政",
            // law in general (a named law is kept, as 《…》)
            "法律", "法规", "规章", "国家", "省",
            // the ending and the draft marks
            "有效期", "起施行", "之日", "日起", "修订", "修改", "征求意见稿", "送审稿", "草案", "试行", "暂行");

    /** A word is kept only when it is all Chinese characters: numbers, dates, letters and stray marks say nothing of the matter. */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** 第十二条, 第三章, 十六条 (HanLP sometimes glues them into a noun). */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("第?[一二三四五六七八九十百零〇两]+[条章节款项目]");
    private static final Pattern TITLE_MARKS = Pattern.compile("[《》〈〉“”\"]");

    private final Tokenizer tokenizer = new Tokenizer();

    /**
     * The weighted word counts of a document. The title's 《》 are taken off first, so that the
     * title of a 印发 notice (关于印发《清河县养犬管理办法》的通知) gives its words, not one token.
     */
    public TermCounts of(String title, String body) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (title != null && !title.isBlank()) {
            add(counts, TITLE_MARKS.matcher(title).replaceAll(" "), TITLE_WEIGHT);
        }
        if (body != null && !body.isBlank()) {
            add(counts, body, 1);
        }
        return new TermCounts(counts);
    }

    private void add(Map<String, Integer> counts, String text, int weight) {
        for (Token t : tokenizer.tokens(text)) {
            String term = t.isTitle() ? citedName(text.substring(t.start(), t.end())) : kept(t);
            if (term != null) {
                counts.merge(term, weight, Integer::sum);
            }
        }
    }

    /**
     * A cited 《…》 stays one term: two documents citing 《食品安全法》 likely govern the same field,
     * and the words inside a law's name must not count as the document's own. The name is the
     * upper-law table's key ({@link LawNames#key}: 中华人民共和国 and a version note off), so that
     * 《中华人民共和国食品安全法》 and 《食品安全法（2021年修正）》 are one term, as they are one law
     * when citations are linked.
     */
    private static String citedName(String quoted) {
        String name = LawNames.key(quoted);
        return name.length() < 2 ? null : "《" + name + "》";
    }

    private static String kept(Token t) {
        String w = t.word();
        if (w.length() < 2 || !HAN.matcher(w).matches() || STOP_WORDS.contains(w)
                || ARTICLE_NUMBER.matcher(w).matches()) {
            return null; // single characters (市, 条, 的) are too ambiguous to name a matter
        }
        String nature = t.nature();
        if (DROPPED_NATURES.contains(nature)) {
            return null;
        }
        for (String start : KEPT_NATURE_START) {
            if (nature.startsWith(start)) {
                return w;
            }
        }
        return null;
    }
}
