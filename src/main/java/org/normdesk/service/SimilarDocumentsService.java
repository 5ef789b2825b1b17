package org.normdesk.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.normdesk.domain.Problem;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Validity;
import org.normdesk.store.DocumentTermsRepository;
import org.normdesk.store.Store;
import org.normdesk.text.SimilarityIndex;
import org.normdesk.text.TermCorpus;
import org.normdesk.text.TermCounts;
import org.normdesk.text.TermVectors;

/**
 * 相似文件: for a draft (or any document, or a file not yet in the register), the documents in force
 * that deal with the same matter, ranked by the cosine of their TF-IDF word vectors, each with the
 * shared words that weigh most, so that duplicate or conflicting rules are seen before they are made.
 *
 * <p>Segmenting every body on each request would take minutes on a large register, so each
 * document's word counts are stored (table document_terms) and made lazily: a request first makes
 * those missing or made from an older text (with progress and cancel), then compares in memory
 * against a {@link TermCorpus} that is kept between requests and only reloads what changed.
 * Storing the counts is upkeep of derived data, like the 时效性 refresh: no audit event.
 */
public final class SimilarDocumentsService {
    /**
     * Below this score a document is not listed. Measured on the development corpus
     * (SimilarDocumentsServiceTest): a revised draft against its original 0.98; two rules on the
     * protection of the same cultural relics 0.46; documents of one broad field that regulate
     * different things (land use, farmland, building projects) 0.19–0.21, sharing only words such as
     * 管理, 利用, 工程; documents on other matters 0.02–0.12. At 0.25 the list shows the rules a
     * reviewer must weigh against the draft and leaves out mere neighbours in the same field.
     */
    public static final double MIN_SCORE = 0.25;
    /** How many shared words each row shows: enough to see why, few enough to read at a glance. */
    public static final int SHOWN_TERMS = 5;
    /** How many documents a list shows unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 10;
    /**
     * The documents compared: 现行有效, and 尚未施行 (published, about to bind: a draft duplicating
     * it is as much a problem). Drafts, and documents repealed, expired, amended or revoked are not.
     */
    static final Set<Validity> COMPARED = EnumSet.of(Validity.IN_FORCE, Validity.NOT_YET_EFFECTIVE);
    /** Documents made per transaction: a cancel keeps what was made, a crash loses at most one batch. */
    private static final int BATCH = 50;
    /** Ids per query when loading stored counts (keeps IN lists of a size every database takes). */
    private static final int LOAD_CHUNK = 1_000;

    private final Store store;
    private final TermVectors vectors = new TermVectors();
    private final TermCorpus corpus = new TermCorpus();

    public SimilarDocumentsService(Store store) {
        this.store = store;
    }

    /** One document found similar, as the list shows it. */
    public record SimilarDocument(long id, String title, String docNumber, String issuer, Validity validity,
                                  double score, List<String> sharedTerms) {
        public SimilarDocument {
            sharedTerms = List.copyOf(sharedTerms);
        }
    }

    /**
     * The list, the number of documents compared, and whether the work was cancelled (then the list
     * is empty; the vectors made so far are kept for the next request).
     */
    public record SimilarList(List<SimilarDocument> documents, int compared, boolean cancelled) {
        public SimilarList {
            documents = List.copyOf(documents);
        }

        static SimilarList cancelledList() {
            return new SimilarList(List.of(), 0, true);
        }
    }

    /** The documents in force most like a document of the register (itself and its other versions left out). */
    public SimilarList similarTo(long documentId, int limit, Progress progress) {
        return similarTo(documentId, limit, MIN_SCORE, progress);
    }

    public SimilarList similarTo(long documentId, int limit, double minScore, Progress progress) {
        requireLimit(limit);
        if (store.read(r -> r.terms().state(documentId)) == null) {
            throw new RuleViolation(Problem.error("document", "similar.document.notFound", String.valueOf(documentId)));
        }
        Optional<SimilarityIndex> index = prepare(documentId, progress);
        if (index.isEmpty()) {
            return SimilarList.cancelledList();
        }
        TermCounts draft = store.read(r -> r.terms().terms(List.of(documentId))).values().stream()
                .map(s -> TermCounts.parse(s.terms())).findFirst().orElse(TermCounts.EMPTY);
        return list(index.get(), draft, limit, minScore, otherVersions(documentId));
    }

    /** The documents in force most like a text not in the register (a Word file being considered). */
    public SimilarList similarTo(String title, String text, int limit, Progress progress) {
        return similarTo(title, text, limit, MIN_SCORE, progress);
    }

    public SimilarList similarTo(String title, String text, int limit, double minScore, Progress progress) {
        requireLimit(limit);
        Optional<SimilarityIndex> index = prepare(null, progress);
        if (index.isEmpty()) {
            return SimilarList.cancelledList();
        }
        return list(index.get(), vectors.of(title, text), limit, minScore, Set.of());
    }

    /**
     * Makes the stored counts of every document compared that lacks them or whose text changed,
     * and loads them (the first list on a register does this; the benchmark times it alone).
     *
     * @return how many documents are compared, or empty when cancelled
     */
    public Optional<Integer> prepare(Progress progress) {
        return prepare(null, progress).map(SimilarityIndex::size);
    }

    private SimilarList list(SimilarityIndex index, TermCounts draft, int limit, double minScore, Set<Long> excluded) {
        List<SimilarityIndex.Match> matches = index.rank(draft, limit, minScore, excluded, SHOWN_TERMS);
        if (matches.isEmpty()) {
            return new SimilarList(List.of(), index.size(), false);
        }
        Map<Long, RegisterRow> rows = store.read(r -> r.documents().rowsOf(
                        matches.stream().map(SimilarityIndex.Match::documentId).toList()))
                .stream().collect(Collectors.toMap(RegisterRow::id, Function.identity()));
        List<SimilarDocument> out = new ArrayList<>(matches.size());
        for (SimilarityIndex.Match m : matches) {
            RegisterRow row = rows.get(m.documentId());
            if (row != null) { // deleted meanwhile
                out.add(new SimilarDocument(row.id(), row.title(), row.docNumber(), row.issuer(), row.validity(),
                        m.score(), m.sharedTerms()));
            }
        }
        return new SimilarList(out, index.size(), false);
    }

    /**
     * Brings the stored counts of the compared documents (and of {@code draftId}) up to date, then
     * the corpus in memory, and returns its index. One request at a time: two windows asking at
     * once would otherwise segment the same documents twice.
     */
    private synchronized Optional<SimilarityIndex> prepare(Long draftId, Progress progress) {
        List<DocumentTermsRepository.State> states = store.read(r -> r.terms().states(COMPARED));
        List<Long> stale = new ArrayList<>();
        for (DocumentTermsRepository.State s : states) {
            if (!s.current(TermVectors.RECIPE)) {
                stale.add(s.id());
            }
        }
        if (draftId != null) {
            DocumentTermsRepository.State draft = store.read(r -> r.terms().state(draftId));
            if (draft != null && !draft.current(TermVectors.RECIPE) && !stale.contains(draftId)) {
                stale.add(0, draftId);
            }
        }
        if (!make(stale, progress)) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>(states.size() * 2);
        List<Long> toLoad = new ArrayList<>();
        for (DocumentTermsRepository.State s : states) {
            ids.add(s.id());
            if (corpus.version(s.id()) != s.version()) {
                toLoad.add(s.id());
            }
        }
        corpus.retainOnly(ids);
        for (int from = 0; from < toLoad.size(); from += LOAD_CHUNK) {
            List<Long> chunk = toLoad.subList(from, Math.min(toLoad.size(), from + LOAD_CHUNK));
            store.read(r -> r.terms().terms(chunk))
                    .forEach((id, stored) -> corpus.put(id, stored.version(), TermCounts.parse(stored.terms())));
        }
        return Optional.of(corpus.index());
    }

    /** Makes (or confirms, when only the version moved) the counts of these documents, a batch per transaction. */
    private boolean make(List<Long> ids, Progress progress) {
        if (!progress.report(0, ids.size())) {
            return false;
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<DocumentTermsRepository.Source> sources = store.read(r -> r.terms().sources(batch));
            record Made(DocumentTermsRepository.Source source, String hash, TermCounts counts) {
            }
            List<Made> made = new ArrayList<>(sources.size());
            for (DocumentTermsRepository.Source s : sources) {
                String hash = hash(s.title(), s.fullText());
                // the same text under a new version (a date or status edited): no need to segment again
                boolean sameText = hash.equals(s.storedHash()) && s.storedRecipe() == TermVectors.RECIPE;
                made.add(new Made(s, hash, sameText ? null : vectors.of(s.title(), s.fullText())));
            }
            store.inTransaction(r -> {
                for (Made m : made) {
                    if (m.counts() == null) {
                        r.terms().confirm(m.source().id(), m.source().version());
                    } else {
                        r.terms().save(m.source().id(), m.source().version(), m.hash(), TermVectors.RECIPE,
                                m.counts().serialize());
                    }
                }
                return null;
            });
            if (!progress.report(from + batch.size(), ids.size())) {
                return false;
            }
        }
        return true;
    }

    /** The other versions of a document (the chain of 修改: what it revises and what revises it). */
    private Set<Long> otherVersions(long documentId) {
        return store.read(r -> {
            Set<Long> chain = new HashSet<>();
            chain.add(documentId);
            for (Long at = documentId; at != null; ) {
                at = r.revisions().revises(at).filter(chain::add).orElse(null);
            }
            for (Long at = documentId; at != null; ) {
                at = r.revisions().revisionOf(at).filter(chain::add).orElse(null);
            }
            return chain;
        });
    }

    /** SHA-256 of the title and text the counts are made from. */
    static String hash(String title, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new RuleViolation(Problem.error("limit", "similar.limit.invalid", limit));
        }
    }
}
