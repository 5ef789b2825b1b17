package org.normdesk.eval;

import static org.normdesk.eval.Corpus.d;

import java.time.LocalDate;
import java.util.List;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.word.RedHeadDocx;
import org.normdesk.word.RedHeadDocx.Kind;

/** Tricky documents of our own: 二〇二五年 dates, [] and （） brackets, lost line breaks, joint issuers, no 红头. */
final class Variants {
    record Variant(RedHeadDocx doc, Truth truth) {
    }

    static final List<Issuer> KNOWN_ISSUERS = List.of(
            Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)),
            Issuer.create("清河县人民政府办公室", "清政办", IssuerCategory.GOVERNMENT_OFFICE, LocalDate.of(2018, 1, 1)),
            Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT, LocalDate.of(2018, 1, 1)),
            Issuer.create("清河县教育局", "清教", IssuerCategory.DEPARTMENT, LocalDate.of(2018, 1, 1)),
            Issuer.create("清河县卫生健康局", "清卫健", IssuerCategory.DEPARTMENT, LocalDate.of(2019, 3, 1)),
            Issuer.create("清河县市场监督管理局", "清市监", IssuerCategory.DEPARTMENT, LocalDate.of(2019, 3, 1)));

    private Variants() {
    }

    static List<Variant> all() {
        return List.of(wrapperWithChineseDate(), jointIssuers(), lostLineBreaks(), noRedHead());
    }

    private static Truth truth(String name, String title, String wrapped, String docNumber, String issuer,
                               List<String> co, LocalDate signed, LocalDate effective, LocalDate until, int articles) {
        return new Truth(name, title, wrapped, docNumber, true, issuer, null, co, signed, effective, until, articles,
                List.of());
    }

    /** [] brackets, a title over two lines, signature date in Chinese numerals, 有效期两年. */
    static Variant wrapperWithChineseDate() {
        RedHeadDocx doc = new RedHeadDocx()
                .add(Kind.RED_HEAD, "清河县人民政府办公室文件")
                .add(Kind.DOC_NUMBER, "清政办发[2025]3号")
                .add(Kind.TITLE, "清河县人民政府办公室关于印发《清河县农村")
                .add(Kind.TITLE, "公路养护管理办法（试行）》的通知")
                .add(Kind.BODY, "各乡镇人民政府，县政府各部门：")
                .add(Kind.BODY, "现将《清河县农村公路养护管理办法（试行）》印发给你们，请认真贯彻执行。")
                .add(Kind.SIGNATURE, "清河县人民政府办公室")
                .add(Kind.SIGNATURE, "二〇二五年二月十四日")
                .add(Kind.TITLE, "清河县农村公路养护管理办法（试行）")
                .add(Kind.BODY, "第一章 总则")
                .add(Kind.BODY, "第一条 为加强农村公路养护管理，根据《中华人民共和国公路法》《公路安全保护条例》第十二条和《交通运输部农村公路养护管理办法》，制定本办法。")
                .add(Kind.BODY, "第二条 本办法适用于本县行政区域内县道、乡道和村道的养护管理。")
                .add(Kind.BODY, "第二章 养护")
                .add(Kind.BODY, "第三条 乡镇人民政府按照本办法第二条的规定组织村道养护。")
                .add(Kind.BODY, "第四条 本办法自2025年3月1日起施行，有效期两年。");
        return new Variant(doc, truth("v1-wrapper-二〇二五", "清河县人民政府办公室关于印发《清河县农村公路养护管理办法（试行）》的通知",
                "清河县农村公路养护管理办法（试行）", "清政办发〔2025〕3号", "清河县人民政府办公室", List.of(),
                d("2025-02-14"), d("2025-03-01"), d("2027-02-28"), 4));
    }

    /** 联合发文: two organs in the banner (one a line) and in the signature; 一、（一） outline; 有效期5年 from 印发. */
    static Variant jointIssuers() {
        RedHeadDocx doc = new RedHeadDocx()
                .add(Kind.RED_HEAD, "清河县财政局")
                .add(Kind.RED_HEAD, "清河县教育局文件")
                .add(Kind.DOC_NUMBER, "清财联〔2024〕5号")
                .add(Kind.TITLE, "清河县财政局 清河县教育局关于加强学生资助资金管理的实施意见")
                .add(Kind.BODY, "各乡镇中心学校，县直各学校：")
                .add(Kind.BODY, "为规范学生资助资金管理，依据《中华人民共和国教育法》，提出如下意见。")
                .add(Kind.BODY, "一、总体要求")
                .add(Kind.BODY, "（一）资金专款专用。（二）按时足额发放。")
                .add(Kind.BODY, "二、职责分工")
                .add(Kind.BODY, "三、其他")
                .add(Kind.BODY, "本意见自印发之日起施行，有效期5年。")
                .add(Kind.SIGNATURE, "清河县财政局 清河县教育局")
                .add(Kind.SIGNATURE, "2024年6月3日");
        return new Variant(doc, truth("v2-joint", "清河县财政局 清河县教育局关于加强学生资助资金管理的实施意见", null,
                "清财联〔2024〕5号", "清河县财政局", List.of("清河县教育局"), d("2024-06-03"), d("2024-06-03"),
                d("2029-06-02"), 3));
    }

    /** The whole text in one paragraph (copied from a web page); （） around the year. */
    static Variant lostLineBreaks() {
        String body = "第一条  为规范食品小作坊登记管理，保障食品安全，根据《中华人民共和国食品安全法》和《某某省食品小作坊小餐饮和食品摊贩管理条例》，结合本县实际，制定本办法。"
                + "第二条  本办法适用于本县行政区域内食品小作坊的登记及其监督管理活动，食品小作坊是指有固定生产加工场所，从业人员较少，生产加工规模小，生产条件简单，从事传统、特色食品生产加工活动的生产者。"
                + "第三条  县市场监督管理局依照本办法第二条的规定负责食品小作坊登记，对登记事项实施监督检查，乡镇人民政府予以配合，村（居）民委员会协助做好相关工作。"
                + "第四条  本办法自2023年5月1日起施行，有效期至2026年4月30日。"
                + "清河县市场监督管理局2023年4月10日";
        RedHeadDocx doc = new RedHeadDocx()
                .add(Kind.RED_HEAD, "清河县市场监督管理局文件")
                .add(Kind.DOC_NUMBER, "清市监规（2023）7号")
                .add(Kind.TITLE, "清河县食品小作坊登记管理暂行办法")
                .add(Kind.BODY, body);
        return new Variant(doc, truth("v3-flattened", "清河县食品小作坊登记管理暂行办法", null, "清市监规〔2023〕7号",
                "清河县市场监督管理局", List.of(), d("2023-04-10"), d("2023-05-01"), d("2026-04-30"), 4));
    }

    /** No banner and no organ in title or signature: the issuer comes from the 文号 prefix (full-width digits). */
    static Variant noRedHead() {
        RedHeadDocx doc = new RedHeadDocx()
                .add(Kind.DOC_NUMBER, "清卫健规〔２０２４〕１号")
                .add(Kind.TITLE, "关于加强基层医疗机构药品管理的通知")
                .add(Kind.BODY, "各乡镇卫生院，各村卫生室：")
                .add(Kind.BODY, "为加强基层医疗机构药品管理，根据《中华人民共和国药品管理法》第五十三条，现就有关事项通知如下。")
                .add(Kind.BODY, "一、严格药品采购")
                .add(Kind.BODY, "二、规范药品储存")
                .add(Kind.BODY, "本通知自发布之日起实施。")
                .add(Kind.SIGNATURE, "2024年8月8日");
        return new Variant(doc, truth("v4-no-red-head", "关于加强基层医疗机构药品管理的通知", null, "清卫健规〔2024〕1号",
                "清河县卫生健康局", List.of(), d("2024-08-08"), d("2024-08-08"), null, 2));
    }
}
