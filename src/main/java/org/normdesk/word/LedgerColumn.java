package org.normdesk.word;

import java.util.List;

import org.normdesk.domain.extract.LedgerSheet;

/**
 * The columns a 规范性文件台账 has, and the Chinese headings offices give them. A heading matches
 * when it equals an alias, else when it contains one ("文件名称（全称）"); among contained aliases
 * the longest wins, so that 联合发文机关 is not taken for 发文机关 nor 制定机关名称 for a title.
 */
enum LedgerColumn {
    TITLE(List.of("文件名称", "文件标题", "标题", "名称")),
    DOC_NUMBER(List.of("发文字号", "文件编号", "文号", "字号")),
    ISSUER(List.of("制定机关", "制定主体", "发布单位", "发文单位", "发文机关", "制发单位", "起草单位")),
    CO_ISSUERS(List.of("联合发文机关", "联合发文单位", "联合制定机关", "联合制定主体", "联合发文", "会签单位")),
    SIGNED_ON(List.of("成文日期", "印发日期", "发文日期", "签发日期")),
    PUBLISHED_ON(List.of("公布日期", "发布日期", "公布时间", "发布时间")),
    EFFECTIVE_ON(List.of("施行日期", "实施日期", "生效日期", "施行时间")),
    VALID_UNTIL(List.of("有效期至", "有效期截止", "失效日期", "有效期")),
    STATUS(List.of("时效性", "状态", "效力", "清理结果"));

    private final List<String> aliases;

    LedgerColumn(List<String> aliases) {
        this.aliases = aliases;
    }

    LedgerSheet.Field field() {
        return LedgerSheet.Field.valueOf(name());
    }

    /** The column a heading names, or null. */
    static LedgerColumn of(String heading) {
        String h = heading == null ? "" : heading.replaceAll("\\s+", "");
        if (h.isEmpty() || h.length() > 20) {
            return null;
        }
        for (LedgerColumn c : values()) {
            if (c.aliases.contains(h)) {
                return c;
            }
        }
        LedgerColumn best = null;
        int longest = 0;
        for (LedgerColumn c : values()) {
            for (String a : c.aliases) {
                if (h.contains(a) && a.length() > longest) {
                    best = c;
                    longest = a.length();
                }
            }
        }
        return best;
    }
}
