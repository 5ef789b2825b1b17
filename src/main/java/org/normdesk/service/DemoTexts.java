package org.normdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.service.DemoCounty.IssuerSpec;
import org.normdesk.service.DemoCounty.Topic;

/**
 * The full texts of the demo documents: rules (办法, 规定, 细则, and the 办法 attached to a 印发
 * notice) in 第一条…第N条 articles, opinions, plans, decisions and announcements in 一、二、 parts,
 * each ending with its entry into force and 有效期.
 */
final class DemoTexts {

    /** Who 受理s the demo reviews still running. */
    static final String REVIEWER = "县司法局 王审核";

    static final List<String> RETURN_REASONS = List.of(
            "送审材料不齐全：缺少起草说明和制定依据，请补正后重新送审。",
            "未提供公开征求意见及采纳情况的说明，请补正后重新送审。",
            "涉及市场主体经济活动，未附公平竞争审查结论，请补正后重新送审。",
            "未附本单位法制机构的合法性审核意见，请补正后重新送审。");

    /** Middle articles of a rule; {u} the unit in charge, {n} the subject, {w} the kind's word, {g} the government. */
    private static final List<String> ARTICLES = List.of(
            "{u}应当建立{n}工作台账，如实记录办理情况，并按季度向{g}报告。",
            "申请人应当提交的材料以本{w}所附清单为限，{u}不得要求申请人提供清单以外的证明材料。",
            "{u}应当自受理申请之日起十五个工作日内作出决定；情况复杂的，经本机关负责人批准可以延长十个工作日，并将延长期限的理由告知申请人。",
            "{u}应当通过政府门户网站公开办事依据、条件、程序、期限以及需要提交的全部材料目录，接受社会监督。",
            "所需经费列入年度财政预算，实行专款专用，任何单位和个人不得截留、挤占、挪用。",
            "{u}应当会同有关部门每年对{n}情况开展监督检查，发现问题的，及时督促整改。",
            "建立{n}工作考核评价机制，考核结果纳入年度目标责任考核。",
            "任何单位和个人发现违反本{w}规定行为的，可以向{u}投诉、举报；{u}应当及时核实处理，并为举报人保密。",
            "鼓励社会力量依法参与{n}工作。对在{n}工作中成绩突出的单位和个人，按照国家有关规定给予表彰。",
            "{u}应当推进{n}信息化建设，加强与有关部门的数据共享；能够通过数据共享获取的信息，不再要求申请人重复提交。",
            "对符合条件的申请，{u}应当在规定期限内办结；对不符合条件的，应当书面告知申请人并说明理由。",
            "{u}及其工作人员对在工作中知悉的个人隐私、商业秘密，应当依法予以保密。");

    private static final String FAIR_COMPETITION =
            "制定涉及市场主体经济活动的具体措施，应当依照《公平竞争审查条例》进行公平竞争审查，不得含有排除、限制竞争的内容。";

    private DemoTexts() {
    }

    /** A document's text with its ending (entry into force, 有效期) still to be written. */
    record Body(String head, List<String> parts, boolean articles, String word, int validityYears) {

        /** The text as drafted: it says how long after publication the document takes effect. */
        String draft() {
            return text("本" + word + "自公布之日起30日后施行，有效期" + chinese(validityYears) + "年。");
        }

        /** The text as published, with its dates. */
        String published(LocalDate effective, LocalDate validUntil) {
            return text(ending(effective, validUntil));
        }

        /** The first part and the ending only (bulk loads); dates null for a draft. */
        String shortText(LocalDate effective, LocalDate validUntil) {
            String end = effective == null ? "本" + word + "自公布之日起30日后施行，有效期" + chinese(validityYears) + "年。"
                    : ending(effective, validUntil);
            return new Body(head, List.of(parts.get(0)), articles, word, validityYears).text(end);
        }

        private String ending(LocalDate effective, LocalDate validUntil) {
            return "本" + word + "自" + date(effective) + "起施行，有效期至" + date(validUntil) + "。";
        }

        private String text(String ending) {
            List<String> all = new ArrayList<>(parts);
            all.add(ending);
            StringBuilder b = new StringBuilder(head);
            for (int i = 0; i < all.size(); i++) {
                b.append(articles ? "第" + chinese(i + 1) + "条　" : chinese(i + 1) + "、").append(all.get(i)).append('\n');
            }
            return b.toString();
        }
    }

    static Body body(IssuerSpec issuer, IssuerSpec owner, Topic topic, DocumentKind kind, String title,
                     boolean attachedMeasures, boolean trial, boolean market, String announcement, int years,
                     Random rng) {
        boolean county = issuer.category() != IssuerCategory.TOWNSHIP && !issuer.place().endsWith("开发区");
        String scope = county ? "本县" : issuer.place().endsWith("开发区") ? "本开发区" : "本" + issuer.place().substring(2);
        String unit = owner.category() == IssuerCategory.DEPARTMENT ? owner.shortTitle() : owner.name();
        String government = issuer.category() == IssuerCategory.TOWNSHIP ? issuer.name() : "县人民政府";
        return switch (kind) {
            case MEASURES, RULES, PROVISIONS -> rule(issuer, topic, kindWord(kind), "", scope, unit, government, market, rng,
                    years);
            case NOTICE -> attachedMeasures
                    ? rule(issuer, topic, "办法", notice(issuer, title), scope, unit, government, market, rng, years)
                    : parts(issuer, topic, "通知", scope, unit, rng, years);
            case ANNOUNCEMENT -> announcement(issuer, announcement, years);
            case OPINIONS -> parts(issuer, topic, "意见", scope, unit, rng, years);
            case DECISION -> parts(issuer, topic, "决定", scope, unit, rng, years);
            default -> parts(issuer, topic, "方案", scope, unit, rng, years);
        };
    }

    private static String kindWord(DocumentKind kind) {
        return switch (kind) {
            case RULES -> "细则";
            case PROVISIONS -> "规定";
            default -> "办法";
        };
    }

    private static String notice(IssuerSpec issuer, String title) {
        String attached = title.substring(title.indexOf("关于印发") + 4, title.length() - "的通知".length());
        String to = issuer.category() == IssuerCategory.DEPARTMENT ? "各乡镇人民政府、街道办事处，局属各单位："
                : "各乡镇人民政府、街道办事处、管理区，县政府各部门：";
        return to + "\n现将《" + attached + "》印发给你们，请认真贯彻执行。\n\n" + attached + "\n\n";
    }

    private static Body rule(IssuerSpec issuer, Topic topic, String word, String head, String scope, String unit,
                             String government, boolean market, Random rng, int years) {
        List<String> parts = new ArrayList<>();
        parts.add("为了" + topic.action() + "，根据《" + topic.law() + "》等有关法律、法规和政策规定，结合" + scope
                + "实际，制定本" + word + "。");
        parts.add("本" + word + "适用于" + scope + "行政区域内的" + topic.noun() + "工作。");
        parts.add(unit + "负责" + topic.noun() + "工作的组织实施和监督管理；其他有关部门按照各自职责做好相关工作。");
        List<String> pool = new ArrayList<>(ARTICLES);
        java.util.Collections.shuffle(pool, rng);
        int middle = 3 + rng.nextInt(7);
        for (String a : pool.subList(0, middle)) {
            parts.add(a.replace("{u}", unit).replace("{n}", topic.noun()).replace("{w}", word).replace("{g}", government));
        }
        if (market) {
            parts.add(FAIR_COMPETITION);
        }
        parts.add("违反本" + word + "规定的，依照有关法律、法规的规定处理；工作人员在" + topic.noun()
                + "工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。");
        parts.add("本" + word + "由" + issuer.name() + "负责解释。");
        return new Body(head, parts, true, word, years);
    }

    private static Body parts(IssuerSpec issuer, Topic topic, String word, String scope, String unit, Random rng,
                              int years) {
        List<String> parts = new ArrayList<>();
        parts.add("总体要求\n为" + topic.action() + "，根据《" + topic.law() + "》等有关规定，结合" + scope
                + "实际，坚持依法行政、统筹推进、分类施策，用" + chinese(2 + rng.nextInt(3)) + "年左右时间，基本建立"
                + topic.noun() + "制度体系，工作机制运行顺畅。");
        parts.add("主要任务\n（一）健全制度。" + unit + "要会同有关部门梳理" + topic.noun()
                + "工作中的突出问题，完善配套制度。\n（二）规范程序。严格执行法定程序，依法公开办事依据、条件和流程。\n（三）强化监管。"
                + unit + "要加强事中事后监管，建立问题整改台账，按季度通报工作进展。");
        parts.add("保障措施\n各乡镇（街道）、各有关部门要加强组织领导，明确责任分工，所需经费按规定列入预算；"
                + issuer.name() + "将适时组织督促检查。");
        return new Body("", parts, false, word, years);
    }

    private static Body announcement(IssuerSpec issuer, String subject, int years) {
        String head = "为保障公共安全和群众生产生活秩序，根据有关法律、法规的规定，现就" + subject + "有关事项通告如下：\n";
        List<String> parts = new ArrayList<>();
        parts.add(subject + "的具体范围和时段，由" + issuer.name() + "另行公布并设置明显标志。");
        parts.add("违反本通告规定的，由公安、城市管理等部门依照有关法律、法规的规定予以处理。");
        parts.add("欢迎社会各界监督，对违反本通告的行为可拨打12345政务服务便民热线举报。");
        return new Body(head, parts, false, "通告", years);
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** 1 → 一, 10 → 十, 23 → 二十三 (up to 99, enough for articles and years). */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
