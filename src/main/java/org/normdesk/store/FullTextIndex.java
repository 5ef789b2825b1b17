package org.normdesk.store;

import static org.normdesk.store.jooq.Tables.DOCUMENT;
import static org.normdesk.store.jooq.Tables.FULLTEXT_QUEUE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jooq.DSLContext;
import org.normdesk.domain.DocNumber;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Result;

/**
 * The full-text index over every document's title, 文号 and body: a Lucene index in the data
 * folder's {@code index/} folder (or in memory), derived from the database and rebuilt from it
 * whenever it is missing, damaged or belongs to another register.
 *
 * <p>Why Lucene with character bigrams: a reviewer types a fragment of Chinese text (收费, 住房公积金提取)
 * and expects every document that contains it, as a plain "contains" would find. Each pair of
 * adjacent Chinese characters is a term, and a query is the phrase of its pairs, so a hit is exactly
 * a document holding that string; a word segmenter (HanLP) would miss 公积金 inside a differently
 * segmented 住房公积金. Lucene keeps such an index compact and answers a phrase over 100,000
 * documents in milliseconds, where a LIKE over every body reads them all.
 *
 * <p>Title and 文号 are also indexed character by character, every character a term (digits,
 * brackets and spaces too), so that the whole search string as typed is found inside a title or 文号
 * as a "contains" finds it: 〔2023〕5 inside 清政发〔2023〕56号, a single character, a string with a
 * space. Answering that from the index, rather than by LIKE over every row of the document table
 * (which holds the bodies too), keeps a search of 100,000 documents within a blink.
 *
 * <p>Staying in step: a trigger puts each changed document on {@code fulltext_queue} in the changing
 * transaction ({@link FullTextQueueTrigger}); a search first indexes what is queued, then deletes
 * those queue rows. A crash in between only indexes them again. A long queue (a register from before
 * full-text search, a rebuild) is worked off by a background thread; until it is done, searches
 * report that the index is not ready and the register searches title and 文号 alone.
 */
public final class FullTextIndex implements AutoCloseable {
    /** The index's folder inside the data folder. */
    public static final String FOLDER = "index";
    /** Up to this many queued documents a search indexes them first (well under a second); more go to the background. */
    static final int INLINE_LIMIT = 2_000;
    private static final int BATCH = 200;
    /** The words of one search that the index looks for (see {@link #query}). */
    static final int MAX_WORDS = 64;
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String TEXT = "text";
    /** Title and 文号, one character per term (see {@link CharAnalyzer}). */
    private static final String EXACT = "exact";
    /** No title or 文号 is this long: a longer search string cannot be inside one. */
    private static final int MAX_EXACT = 300;
    /** In the index's commit data and in the database's settings: which register the index belongs to. */
    private static final String REGISTER = "fulltext.register";
    /** In the index's commit data: which fields it has. An index of an older layout is rebuilt. */
    private static final String LAYOUT = "fulltext.layout";
    /** 2: the {@link #EXACT} field added. */
    private static final String CURRENT_LAYOUT = "2";

    private final DSLContext dsl;
    private final Directory directory;
    private final Analyzer analyzer = analyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock catchingUp = new ReentrantLock();
    private volatile Thread builder;
    private volatile boolean closing;

    private FullTextIndex(DSLContext dsl, Directory directory, IndexWriter writer) throws IOException {
        this.dsl = dsl;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code folder} (created if missing; started afresh if unreadable), or in
     * memory when {@code folder} is null, and queues every document when the index is not this
     * register's.
     */
    static FullTextIndex open(DSLContext dsl, Path folder) {
        try {
            Directory directory = folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder);
            IndexWriter writer = openWriter(directory);
            FullTextIndex index = new FullTextIndex(dsl, directory, writer);
            index.adoptRegister();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriter openWriter(Directory directory) throws IOException {
        try {
            return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IOException | RuntimeException damaged) {
            // The index is only derived data: start it afresh, and adoptRegister queues everything.
            return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer()).setOpenMode(mode).setRAMBufferSizeMB(32).setCommitOnClose(true);
    }

    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new BigramAnalyzer(), Map.of(EXACT, new CharAnalyzer()));
    }

    /**
     * Makes the index this register's: when it was built for another (or for none), or with other
     * fields than this version reads, rebuilds it.
     */
    private void adoptRegister() throws IOException {
        String register = dsl.transactionResult(cfg -> {
            SettingRepository settings = new SettingRepository(org.jooq.impl.DSL.using(cfg));
            return settings.get(REGISTER).orElseGet(() -> {
                String made = UUID.randomUUID().toString();
                settings.put(REGISTER, made);
                return made;
            });
        });
        Map<String, String> committed = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> committed.put(e.getKey(), e.getValue()));
        }
        if (!register.equals(committed.get(REGISTER)) || !CURRENT_LAYOUT.equals(committed.get(LAYOUT))) {
            writer.deleteAll();
            dsl.insertInto(FULLTEXT_QUEUE, FULLTEXT_QUEUE.DOCUMENT_ID).select(
                    dsl.select(DOCUMENT.ID).from(DOCUMENT).orderBy(DOCUMENT.ID)).execute();
            writer.setLiveCommitData(Map.of(REGISTER, register, LAYOUT, CURRENT_LAYOUT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
    }

    /** Lets the database queue every change of a document for this index (see {@link FullTextQueueTrigger}). */
    static void watch(DSLContext dsl) {
        dsl.execute("CREATE TRIGGER IF NOT EXISTS document_fulltext_queue AFTER INSERT, UPDATE, DELETE ON document "
                + "FOR EACH ROW CALL '" + FullTextQueueTrigger.class.getName() + "'");
    }

    /** Deletes the index of a data folder, e.g. after its database was replaced by a backup; the next open rebuilds it. */
    public static void discard(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids of the documents whose title or 文号 contain {@code text} as typed (one string, brackets
     * around a year read as 〔〕, letters in either case and width), and of those whose title, 文号 or
     * body contain every whitespace-separated part of it of two characters or more; empty when the
     * index is still being built.
     */
    public Optional<long[]> matching(String text) {
        if (isBuilding()) {
            return Optional.empty();
        }
        if (dsl.fetchCount(FULLTEXT_QUEUE) > INLINE_LIMIT) {
            buildInBackground();
            return Optional.empty();
        }
        catchUpNow();
        Query words = query(text);
        Query exact = exactQuery(text);
        if (words == null || exact == null) {
            Query either = words == null ? exact : words;
            return Optional.of(either == null ? new long[0] : ids(either));
        }
        return Optional.of(ids(new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.SHOULD)
                .add(exact, BooleanClause.Occur.SHOULD)
                .build()));
    }

    /** Whether a background thread is still indexing a long queue. */
    public boolean isBuilding() {
        Thread t = builder;
        return t != null && t.isAlive();
    }

    /** Starts indexing whatever is queued on a background thread, unless one already runs. */
    public synchronized void buildInBackground() {
        if (isBuilding() || closing) {
            return;
        }
        Thread t = new Thread(this::catchUpNow, "normdesk-fulltext");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        builder = t;
        t.start();
    }

    /** Indexes everything queued, on the calling thread (waiting for another thread doing the same). */
    public void catchUpNow() {
        catchingUp.lock();
        try {
            catchUp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            catchingUp.unlock();
        }
    }

    private void catchUp() throws IOException {
        Result<Record2<Long, Long>> queued = dsl.select(FULLTEXT_QUEUE.SEQ, FULLTEXT_QUEUE.DOCUMENT_ID)
                .from(FULLTEXT_QUEUE).orderBy(FULLTEXT_QUEUE.SEQ).fetch();
        if (queued.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(queued.getValues(FULLTEXT_QUEUE.DOCUMENT_ID));
        List<Long> batch = new ArrayList<>(BATCH);
        for (Long id : ids) {
            batch.add(id);
            if (batch.size() == BATCH) {
                index(batch);
                batch.clear();
                if (closing) {
                    return; // the queue keeps its rows; the next start indexes them (again)
                }
            }
        }
        index(batch);
        writer.commit();
        // Exactly the rows read: a row that another transaction queued but had not committed when
        // they were read may carry a lower number, and must stay for the next search.
        List<Long> done = queued.getValues(FULLTEXT_QUEUE.SEQ);
        for (int from = 0; from < done.size(); from += 1_000) {
            dsl.deleteFrom(FULLTEXT_QUEUE).where(FULLTEXT_QUEUE.SEQ.in(done.subList(from, Math.min(done.size(), from + 1_000))))
                    .execute();
        }
        searchers.maybeRefreshBlocking();
    }

    /** Writes the current text of these documents into the index, and drops those that no longer exist. */
    private void index(List<Long> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        Set<Long> missing = new LinkedHashSet<>(batch);
        for (Record4<Long, String, String, String> r : dsl.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.DOC_NUMBER,
                DOCUMENT.FULL_TEXT).from(DOCUMENT).where(DOCUMENT.ID.in(batch)).fetch()) {
            missing.remove(r.value1());
            writer.updateDocument(new Term(KEY, r.value1().toString()), document(r));
        }
        for (Long gone : missing) {
            writer.deleteDocuments(new Term(KEY, gone.toString()));
        }
    }

    private static Document document(Record4<Long, String, String, String> r) {
        Document d = new Document();
        d.add(new StringField(KEY, r.value1().toString(), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, r.value1()));
        // One field: a search is for a string anywhere in the document. The blank lines keep a
        // phrase from running from the title into the 文号 or the body.
        String text = String.join("\n\n", nonNull(r.value2()), nonNull(r.value3()), nonNull(r.value4()));
        d.add(new TextField(TEXT, text, Field.Store.NO));
        // Two values of one field; the analyzer's position gap keeps a phrase inside one of them.
        d.add(new TextField(EXACT, DocNumber.normalizeBrackets(nonNull(r.value2())), Field.Store.NO));
        d.add(new TextField(EXACT, DocNumber.normalizeBrackets(nonNull(r.value3())), Field.Store.NO));
        return d;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * One phrase per distinct whitespace-separated part of two characters or more, all required; null
     * when none. A pasted passage can have more words than Lucene takes in one query (1,024): the
     * first {@link #MAX_WORDS} distinct ones already narrow the register to the passage's documents.
     */
    Query query(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(text.strip().split("\\s+")));
        for (String part : parts) {
            if (part.codePointCount(0, part.length()) < 2) {
                continue;
            }
            if (clauses == MAX_WORDS) {
                break;
            }
            PhraseQuery phrase = phrase(part);
            if (phrase != null) {
                all.add(phrase, BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /** The phrase of the characters of the whole search string in title or 文号; null when there is none to look for. */
    Query exactQuery(String text) {
        String t = DocNumber.normalizeBrackets(text.strip());
        if (t.isEmpty() || t.codePointCount(0, t.length()) > MAX_EXACT) {
            return null;
        }
        return phrase(EXACT, t);
    }

    private PhraseQuery phrase(String part) {
        return phrase(TEXT, part);
    }

    private PhraseQuery phrase(String field, String part) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int position = -1;
        int terms = 0;
        try (TokenStream tokens = analyzer.tokenStream(field, part)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                b.add(new Term(field, term.toString()), position);
                terms++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms == 0 ? null : b.build();
    }

    private long[] ids(Query query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IdCollector ids = new IdCollector();
                searcher.search(query, ids);
                return ids.ids();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents the index holds (for the benchmark and tests). */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() {
        closing = true;
        Thread t = builder;
        try {
            if (t != null) {
                t.join(30_000);
            }
            searchers.close();
            writer.close();
            directory.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects the document ids of every hit, in no particular order. */
    private static final class IdCollector extends SimpleCollector {
        private long[] ids = new long[256];
        private int size;
        private NumericDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getNumeric(context.reader(), ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                }
                ids[size++] = values.longValue();
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        long[] ids() {
            return Arrays.copyOf(ids, size);
        }
    }

    /**
     * Words of Latin letters and digits stay whole, full-width forms are folded to half width
     * (２０２３ is 2023), and runs of Chinese characters become overlapping pairs.
     */
    static final class BigramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            result = new CJKBigramFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }

    /**
     * Every character a term (Chinese, digits, brackets, spaces alike), full-width forms folded to
     * half width and letters to lower case: a phrase of them is exactly "contains". Values of one
     * field lie far apart, so that a phrase never runs from the title into the 文号.
     */
    static final class CharAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new NGramTokenizer(1, 1);
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 1_000;
        }
    }
}
