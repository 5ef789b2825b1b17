package org.normdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.word.RedHeadDocx;
import org.normdesk.word.RedHeadDocx.Kind;

/** The development corpus (../shared/corpus), its truth, and .docx files made from its bodies. */
final class Corpus {
    static final Path DIR = Path.of("..", "shared", "corpus");

    record Entry(Path file, Truth truth) {
    }

    private Corpus() {
    }

    static List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        try (var files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Entry(f, truthOf(f)));
            }
        }
        return out;
    }

    static Map<String, String> header(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> h = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return h;
        }
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            int colon = lines.get(i).indexOf(':');
            if (colon > 0) {
                h.put(lines.get(i).substring(0, colon).strip(), lines.get(i).substring(colon + 1).strip());
            }
        }
        return h;
    }

    private static final Pattern QUOTED = Pattern.compile("印发《(.+)》的通知$");

    /**
     * The header gives title, 文号, 发布单位, 发布日期. Two files have no header: their truth is
     * written here from the corpus README and their own 红头 and signature.
     */
    static Truth truthOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, String> h = header(file);
        String key = name.substring(0, name.indexOf('_'));
        return switch (key) {
            case "chongqing-grain-bureau-and-finance-bureau" -> new Truth(key,
                    "关于印发《重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）》的通知",
                    "重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）", "渝粮规范〔2023〕2号", true,
                    "重庆市粮食局", null, List.of("重庆市财政局"), d("2023-12-31"), d("2023-12-31"), d("2028-12-30"), 15,
                    List.of("no header: truth from README and the text; 施行 = 自发布之日 taken as 成文日期"));
            case "guizhou-anshun-city-gov" -> new Truth(key, "安顺市人民政府关于印发安顺市市级储备粮管理办法的通知",
                    "安顺市市级储备粮管理办法", null, false, "安顺市人民政府", null, List.of(), d("2023-09-05"),
                    d("2023-09-05"), null, 46, List.of("no header, no 文号: truth from README and the text"));
            default -> headerTruth(key, h);
        };
    }

    private static Truth headerTruth(String key, Map<String, String> h) {
        String title = h.get("标题");
        Matcher m = QUOTED.matcher(title);
        String wrapped = m.find() ? m.group(1) : null;
        String issuer = h.get("发布单位");
        LocalDate published = d(h.get("发布日期"));
        return switch (key) {
            case "sh-changning-district-planning-bureau" -> new Truth(key, title, wrapped, h.get("文号"), false, issuer, null,
                    List.of(), published, d("2025-08-16"), d("2030-08-15"), 13, List.of());
            case "sh-chongming-district-gov" -> new Truth(key, title,
                    "崇明区关于坚决遏制农村乱占耕地建房行为及加强农业用地管控的管理办法", h.get("文号"), false, issuer,
                    "上海市崇明区人民政府", List.of(), d("2025-09-12"), d("2025-09-12"), null, 4,
                    List.of("header 发布单位 上海市崇明区人民政府办公室 (publisher); the title and 文号 沪崇府发 name the 区人民政府",
                            "header 发布日期 2025-09-11 is publication; the signature (成文) says 2025年9月12日",
                            "wrapper title shortens the wrapped title; the register title is the one printed above the text",
                            "articles: no 第X条; the 一、 headings count"));
            case "sh-fengxian-district-finance-bureau" -> new Truth(key, title, wrapped, h.get("文号"), false, issuer, null,
                    List.of(), published, published, d("2027-12-15"), 15, List.of("有效期两年 from 发布 (= 成文) date"));
            case "sh-huangpu-district-gov" -> new Truth(key, title, wrapped, h.get("文号"), false, issuer, null,
                    List.of(), published, d("2023-02-16"), d("2028-02-15"), 32, List.of());
            case "sh-jiading-district-cultural-relics-bureau" -> new Truth(key, title, null, h.get("文号"), false, issuer,
                    "上海市嘉定区文物局", List.of(), published, d("2024-11-01"), d("2026-11-01"), 43,
                    List.of("header 发布单位 上海市嘉定区文化和旅游局; the title and signature say 上海市嘉定区文物局",
                            "the notice extends the validity to 2026-11-01; 施行 and articles are those of the 暂行规定 it carries"));
            case "sh-pudong-district-sci-econ-commission" -> new Truth(key, title, null, h.get("文号"), false, issuer, null,
                    List.of("上海市浦东新区规划和自然资源局"), published, null, d("2026-12-03"), 0,
                    List.of("joint signature (科经委 + 规划资源局); a notice with no 施行 clause and no articles"));
            default -> throw new IllegalStateException("no truth for " + key);
        };
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** The body of a corpus file as its lines: header, site notes (> …) and the title line left out. */
    static List<String> bodyLines(Path file, Truth truth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        int start = 0;
        if (lines.get(0).equals("---")) {
            start = lines.subList(1, lines.size()).indexOf("---") + 2;
        }
        List<String> body = new ArrayList<>();
        for (String l : lines.subList(start, lines.size())) {
            if (!l.startsWith(">") && !l.startsWith("# ")) {
                body.add(l);
            }
        }
        // The two header-less files open with their own 红头/title/文号 lines: the fixture writes those itself.
        if (truth.name().startsWith("chongqing")) {
            return body.subList(body.indexOf(truth.docNumber()) + 1, body.size());
        }
        if (truth.name().startsWith("guizhou")) {
            return body.subList(1, body.size());
        }
        return body;
    }

    /** A 红头文件 .docx from a corpus body: banner of the true issuer(s), 文号, title over lines of ≤ 24 characters. */
    static RedHeadDocx redHead(Path file, Truth t) throws IOException {
        RedHeadDocx doc = new RedHeadDocx();
        List<String> organs = new ArrayList<>();
        organs.add(t.issuer());
        if (!t.name().startsWith("sh-pudong")) {
            organs.addAll(t.coIssuers()); // 浦东's second organ signs but is not in its banner
        }
        for (int i = 0; i < organs.size(); i++) {
            doc.add(Kind.RED_HEAD, organs.get(i) + (i == organs.size() - 1 ? "文件" : ""));
        }
        if (t.docNumber() != null) {
            doc.add(Kind.DOC_NUMBER, t.docNumber());
        }
        String title = t.title();
        for (int i = 0; i < title.length(); i += 24) {
            doc.add(Kind.TITLE, title.substring(i, Math.min(title.length(), i + 24)));
        }
        List<String> body = bodyLines(file, t);
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            boolean date = line.matches("[0-9〇零一二三四五六七八九]{4}年.{1,3}月.{1,3}日");
            boolean organBeforeDate = i + 1 < body.size() && line.length() <= 30 && !line.matches(".*[。，：；]$")
                    && (body.get(i + 1).matches("\\d{4}年\\d{1,2}月\\d{1,2}日")
                    || (i + 2 < body.size() && body.get(i + 2).matches("\\d{4}年\\d{1,2}月\\d{1,2}日")
                    && body.get(i + 1).length() <= 30 && !body.get(i + 1).endsWith("。")));
            doc.add(date || organBeforeDate ? Kind.SIGNATURE : Kind.BODY, line);
        }
        return doc;
    }
}
