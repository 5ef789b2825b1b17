package org.normdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.extract.ExtractionResult;

/**
 * The development corpus (../shared/corpus) as a register for 相似文件: each file read by the
 * import's extraction and entered as a published document in force, except the one held out as
 * the draft on a matter no document in force deals with; and a revision of one of them.
 */
public final class SimilarCorpus {
    private static final Path DIR = Path.of("..", "shared", "corpus");
    /** Held out of the register: 重庆 rules on rewards for reporting grain-trade violations. */
    public static final String GRAIN_REWARDS = "chongqing-grain";
    /** 黄浦区 rules on historic areas, listed buildings and immovable relics. */
    public static final String RELICS = "sh-huangpu";
    /** 嘉定区: the extension of its rules on immovable relics (the same field as {@link #RELICS}). */
    public static final String RELICS_EXTENSION = "sh-jiading";
    /** 奉贤区: loans on collective construction land (another matter). */
    public static final String LAND_LOANS = "sh-fengxian";

    private SimilarCorpus() {
    }

    /**
     * Enters every corpus file but {@link #GRAIN_REWARDS} as a published document of {@code issuerId}
     * (文号 清政规〔2023〕1号 onwards, in file order), and returns their ids by source.
     */
    public static Map<String, Long> register(Services s, long issuerId) throws IOException {
        List<NormativeDocument> docs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path f : files()) {
            String key = key(f);
            if (key.startsWith(GRAIN_REWARDS)) {
                continue;
            }
            ExtractionResult x = read(f);
            LocalDate on = LocalDate.of(2023, 3, 1).plusDays(keys.size());
            docs.add(CleanupFixture.published(issuerId, x.title().value(), "清政规〔2023〕" + (keys.size() + 1) + "号",
                    on, null, x.text()));
            keys.add(key);
        }
        List<NormativeDocument> saved = s.register().createAll(docs);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < saved.size(); i++) {
            ids.put(keys.get(i), saved.get(i).id());
        }
        return ids;
    }

    /** The id of the document made from the source whose name starts so. */
    public static long id(Map<String, Long> ids, String sourceStart) {
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith(sourceStart)).findFirst().orElseThrow()
                .getValue();
    }

    public static String revisedRelicsTitle() throws IOException {
        return read(file(RELICS)).title().value() + "（修订）";
    }

    /** The relics rules with three articles rewritten, as a revision would. */
    public static String revisedRelicsText() throws IOException {
        String text = read(file(RELICS)).text();
        String revised = text
                .replaceFirst("(第三条（基本原则）\\s*)[^\\n]+", "$1历史风貌区和文物的保护，坚持政府主导、社会参与、合理利用的原则。")
                .replaceFirst("(第四条（资金保障）\\s*)[^\\n]+", "$1区财政每年安排专项经费，用于优秀历史建筑的修缮和日常养护。")
                .replaceFirst("(第五条（[^）]*）\\s*)[^\\n]+", "$1区历史文化风貌保护委员会统筹全区保护工作，每年听取一次工作报告。");
        if (revised.equals(text)) {
            throw new IllegalStateException("the relics rules no longer have the articles this revision rewrites");
        }
        return revised;
    }

    /** What the import's extraction reads from a corpus file. */
    public static ExtractionResult read(Path f) {
        FileExtraction x = new ExtractionService(List.of()).extract(f);
        if (!x.succeeded()) {
            throw new IllegalStateException(f + ": " + x.failure().message());
        }
        return x.result();
    }

    public static Path file(String sourceStart) throws IOException {
        return files().stream().filter(p -> key(p).startsWith(sourceStart)).findFirst().orElseThrow();
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The corpus file's source, the part of its name before the first '_'. */
    private static String key(Path f) {
        String name = f.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }
}
