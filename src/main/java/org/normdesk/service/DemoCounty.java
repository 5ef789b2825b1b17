package org.normdesk.service;

import java.time.LocalDate;
import java.util.List;

import org.normdesk.domain.IssuerCategory;

/**
 * The made-up county of the demo data: 清河县 (short name 清), its 制定主体清单 with the 机关代字 each
 * issuer puts in its 文号, and the subjects its documents deal with.
 */
final class DemoCounty {

    static final String NAME = "清河县";
    static final String SHORT = "清";
    /** The upper-level government that documents are filed with. */
    static final String CITY = "临江市";

    /** What a document is about: a noun phrase (…管理办法), an action phrase (关于…的意见), its main upper-level law. */
    record Topic(String noun, String action, String law, boolean market) {
    }

    /**
     * One issuer of the demo list. {@code code} is its 机关代字 (the shortName of the issuer);
     * {@code place} starts the titles of its rules (清河县…办法, 城关镇…办法).
     */
    record IssuerSpec(String name, String code, IssuerCategory category, LocalDate listedSince, LocalDate retiredOn,
                      String place, List<Topic> topics, List<String> announcements) {
        /** The short name of a department as other texts mention it (县财政局). */
        String shortTitle() {
            return name.startsWith(NAME) ? "县" + name.substring(NAME.length()) : name;
        }
    }

    private DemoCounty() {
    }

    private static final LocalDate LISTED = LocalDate.of(2015, 1, 1);
    /** The 2019 institutional reform created several departments. */
    private static final LocalDate REFORM_2019 = LocalDate.of(2019, 3, 1);

    private static Topic t(String noun, String action, String law) {
        return new Topic(noun, action, law, false);
    }

    private static Topic m(String noun, String action, String law) {
        return new Topic(noun, action, law, true);
    }

    private static IssuerSpec dept(String name, String code, LocalDate since, LocalDate retired, List<Topic> topics,
                                   String... announcements) {
        return new IssuerSpec(NAME + name, SHORT + code, IssuerCategory.DEPARTMENT, since, retired, NAME, topics,
                List.of(announcements));
    }

    private static IssuerSpec township(String name, String place, String code) {
        return new IssuerSpec(name, SHORT + code, IssuerCategory.TOWNSHIP, LISTED, null, place, TOWNSHIP_TOPICS,
                List.of());
    }

    static final List<Topic> TOWNSHIP_TOPICS = List.of(
            t("村级财务管理", "进一步加强村级财务管理", "中华人民共和国村民委员会组织法"),
            t("村级公益事业一事一议筹资筹劳管理", "规范村级公益事业一事一议筹资筹劳", "中华人民共和国村民委员会组织法"),
            t("农村人居环境长效管护", "推进农村人居环境整治提升", "中华人民共和国乡村振兴促进法"),
            m("集镇市容秩序管理", "加强集镇市容秩序管理", "城市市容和环境卫生管理条例"),
            t("农村集体“三资”管理", "加强农村集体资金资产资源管理", "中华人民共和国农业法"),
            t("网格化服务管理", "推进基层网格化服务管理", "中华人民共和国村民委员会组织法"));

    static final List<IssuerSpec> DEPARTMENTS = List.of(
            dept("发展和改革局", "发改规", LISTED, null, List.of(
                    t("政府投资项目管理", "规范政府投资项目管理", "政府投资条例"),
                    t("县级重点项目建设管理", "加快推进县级重点项目建设", "政府投资条例"),
                    m("社会信用体系建设", "加快推进社会信用体系建设", "优化营商环境条例"),
                    m("重要商品和服务价格监测", "加强重要商品和服务价格监测", "中华人民共和国价格法"))),
            dept("教育局", "教规", LISTED, null, List.of(
                    m("校外培训机构管理", "规范校外培训机构发展", "中华人民共和国民办教育促进法"),
                    t("中小学生学籍管理", "加强中小学生学籍管理", "中华人民共和国义务教育法"),
                    t("义务教育招生入学管理", "做好义务教育招生入学工作", "中华人民共和国义务教育法"))),
            dept("科学技术和工业信息化局", "科工规", LISTED, null, List.of(
                    m("科技创新专项资金管理", "推动科技创新高质量发展", "中华人民共和国科学技术进步法"),
                    m("中小企业发展专项资金管理", "促进中小企业健康发展", "中华人民共和国中小企业促进法"))),
            dept("公安局", "公规", LISTED, null, List.of(
                    t("城区电动自行车通行管理", "加强城区电动自行车通行管理", "中华人民共和国道路交通安全法"),
                    t("烟花爆竹燃放安全管理", "加强烟花爆竹燃放安全管理", "烟花爆竹安全管理条例")),
                    "城区禁止燃放烟花爆竹", "城区部分路段实行机动车单向通行", "中考高考期间禁止噪声扰民"),
            dept("民政局", "民规", LISTED, null, List.of(
                    t("城乡最低生活保障审核确认", "进一步做好城乡最低生活保障工作", "社会救助暂行办法"),
                    t("临时救助", "进一步加强和改进临时救助工作", "社会救助暂行办法"),
                    m("养老服务机构管理", "加快发展养老服务业", "中华人民共和国老年人权益保障法"))),
            dept("司法局", "司规", LISTED, null, List.of(
                    t("行政规范性文件制定和监督管理", "加强行政规范性文件制定和监督管理", "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知"),
                    t("重大行政决策程序", "健全重大行政决策机制", "重大行政决策程序暂行条例"),
                    t("人民调解员管理", "加强人民调解工作", "中华人民共和国人民调解法"),
                    t("法律援助经济困难标准", "做好法律援助工作", "中华人民共和国法律援助法"))),
            dept("财政局", "财规", LISTED, null, List.of(
                    t("县级财政专项资金管理", "进一步加强县级财政专项资金管理", "中华人民共和国预算法"),
                    m("政府采购内部控制管理", "加强政府采购内部控制管理", "中华人民共和国政府采购法"),
                    t("行政事业单位国有资产管理", "加强行政事业单位国有资产管理", "行政事业性国有资产管理条例"),
                    t("预算绩效管理", "全面实施预算绩效管理", "中华人民共和国预算法"))),
            dept("人力资源和社会保障局", "人社规", LISTED, null, List.of(
                    t("就业创业补贴资金管理", "进一步做好稳就业工作", "中华人民共和国就业促进法"),
                    m("工程建设领域农民工工资支付管理", "全面治理拖欠农民工工资问题", "保障农民工工资支付条例"),
                    t("高层次人才引进", "加强高层次人才引进工作", "中华人民共和国就业促进法"))),
            dept("自然资源和规划局", "自然资规", REFORM_2019, null, List.of(
                    m("国有建设用地使用权出让管理", "规范国有建设用地使用权出让", "中华人民共和国土地管理法"),
                    t("农村宅基地审批管理", "规范农村宅基地审批管理", "中华人民共和国土地管理法"),
                    t("不动产登记", "优化不动产登记服务", "不动产登记暂行条例"),
                    t("城乡规划管理技术", "加强城乡规划管理", "中华人民共和国城乡规划法")),
                    "划定县城规划区禁止违法建设区域"),
            dept("住房和城乡建设局", "住建规", LISTED, null, List.of(
                    m("住宅小区物业管理", "加强住宅小区物业管理", "物业管理条例"),
                    t("建筑工地扬尘污染防治", "加强建筑工地扬尘污染防治", "中华人民共和国大气污染防治法"),
                    m("商品房预售资金监管", "加强商品房预售资金监管", "城市房地产开发经营管理条例"),
                    t("城镇老旧小区改造", "全面推进城镇老旧小区改造", "中华人民共和国城乡规划法"))),
            dept("交通运输局", "交规", LISTED, null, List.of(
                    t("农村公路养护管理", "加强农村公路养护管理", "公路安全保护条例"),
                    m("出租汽车经营服务管理", "深化出租汽车行业改革", "中华人民共和国道路运输条例"))),
            dept("水利局", "水规", LISTED, null, List.of(
                    m("河道采砂管理", "加强河道采砂管理", "中华人民共和国河道管理条例"),
                    t("农村饮水安全工程运行管理", "加强农村饮水安全工程运行管理", "中华人民共和国水法")),
                    "清河水库饮用水水源保护区禁止游泳垂钓"),
            dept("农业农村局", "农规", LISTED, null, List.of(
                    t("耕地地力保护补贴资金管理", "做好耕地地力保护补贴工作", "中华人民共和国农业法"),
                    t("农村集体经济组织财务管理", "加强农村集体经济组织财务管理", "中华人民共和国农业法"),
                    t("农作物秸秆综合利用", "推进农作物秸秆综合利用", "中华人民共和国大气污染防治法")),
                    "禁止露天焚烧农作物秸秆"),
            dept("商务局", "商规", LISTED, null, List.of(
                    m("招商引资优惠政策兑现管理", "进一步优化招商引资工作", "优化营商环境条例"),
                    m("成品油市场管理", "加强成品油市场管理", "优化营商环境条例"),
                    m("电子商务进农村综合示范项目管理", "推进电子商务进农村", "中华人民共和国电子商务法"))),
            dept("文化和旅游局", "文旅规", LISTED, null, List.of(
                    m("A级旅游景区管理", "促进全域旅游发展", "中华人民共和国旅游法"),
                    t("非物质文化遗产保护", "加强非物质文化遗产保护", "中华人民共和国非物质文化遗产法"))),
            dept("卫生健康局", "卫健规", LISTED, null, List.of(
                    t("家庭医生签约服务", "推进家庭医生签约服务", "中华人民共和国基本医疗卫生与健康促进法"),
                    t("村卫生室管理", "加强村卫生室建设", "乡村医生从业管理条例"))),
            dept("退役军人事务局", "退役规", REFORM_2019, null, List.of(
                    t("退役军人就业创业扶持", "促进退役军人就业创业", "中华人民共和国退役军人保障法"))),
            dept("应急管理局", "应急规", REFORM_2019, null, List.of(
                    t("安全生产约谈", "加强安全生产工作", "中华人民共和国安全生产法"),
                    m("生产经营单位安全生产主体责任", "落实生产经营单位安全生产主体责任", "中华人民共和国安全生产法"))),
            dept("审计局", "审规", LISTED, null, List.of(
                    t("政府投资项目审计", "加强政府投资项目审计监督", "中华人民共和国审计法"))),
            dept("市场监督管理局", "市监规", LISTED, null, List.of(
                    m("食品小作坊登记管理", "加强食品小作坊监督管理", "中华人民共和国食品安全法"),
                    m("市场主体住所（经营场所）登记管理", "放宽市场主体住所（经营场所）登记条件", "优化营商环境条例"),
                    m("个体工商户分型分类精准帮扶", "促进个体工商户发展", "促进个体工商户发展条例"),
                    m("重点工业产品质量安全监管", "加强重点工业产品质量安全监管", "中华人民共和国产品质量法"))),
            dept("统计局", "统规", LISTED, null, List.of(
                    t("统计数据质量管理", "防范和惩治统计造假弄虚作假", "中华人民共和国统计法"))),
            dept("医疗保障局", "医保规", REFORM_2019, null, List.of(
                    m("定点医药机构协议管理", "加强定点医药机构协议管理", "医疗保障基金使用监督管理条例"),
                    t("城乡居民医疗保险门诊统筹", "做好城乡居民医疗保险门诊统筹工作", "中华人民共和国社会保险法"))),
            dept("林业局", "林规", LISTED, null, List.of(
                    m("林木采伐管理", "加强林木采伐管理", "中华人民共和国森林法"),
                    t("森林防火", "加强森林防火工作", "森林防火条例")),
                    "森林防火期内禁止野外用火"),
            dept("城市管理和综合执法局", "城管规", LISTED, null, List.of(
                    m("城区户外广告设置管理", "规范城区户外广告设置", "城市市容和环境卫生管理条例"),
                    m("城区流动摊贩疏导管理", "规范城区流动摊贩经营秩序", "城市市容和环境卫生管理条例"),
                    t("生活垃圾分类", "推进城区生活垃圾分类", "中华人民共和国固体废物污染环境防治法")),
                    "城区禁止露天烧烤", "城区禁止饲养家禽家畜"),
            dept("行政审批服务局", "审批规", REFORM_2019, null, List.of(
                    m("政务服务“一网通办”", "深化“放管服”改革优化政务服务", "优化营商环境条例"),
                    m("证明事项告知承诺制", "全面推行证明事项告知承诺制", "优化营商环境条例"))),
            dept("扶贫开发办公室", "扶贫规", LISTED, LocalDate.of(2021, 5, 31), List.of(
                    t("扶贫项目资金管理", "加强扶贫项目资金管理", "中华人民共和国预算法"),
                    t("扶贫对象动态管理", "做好扶贫对象动态调整工作", "中华人民共和国预算法"))),
            dept("乡村振兴局", "振兴规", LocalDate.of(2021, 6, 1), LocalDate.of(2024, 3, 1), List.of(
                    t("衔接推进乡村振兴补助资金管理", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "中华人民共和国乡村振兴促进法"),
                    t("防止返贫动态监测和帮扶", "健全防止返贫动态监测和帮扶机制", "中华人民共和国乡村振兴促进法"))));

    static final IssuerSpec GOVERNMENT = new IssuerSpec(NAME + "人民政府", SHORT + "政发", IssuerCategory.GOVERNMENT,
            LISTED, null, NAME, List.of(), List.of("实施重污染天气应急管控措施", "城区禁止燃放烟花爆竹",
            "清河水库饮用水水源保护区禁止游泳垂钓", "划定高排放非道路移动机械禁止使用区域"));

    static final IssuerSpec GOVERNMENT_OFFICE = new IssuerSpec(NAME + "人民政府办公室", SHORT + "政办发",
            IssuerCategory.GOVERNMENT_OFFICE, LISTED, null, NAME, List.of(), List.of());

    static final List<IssuerSpec> TOWNSHIPS = List.of(
            township("城关镇人民政府", "城关镇", "城政发"),
            township("河口镇人民政府", "河口镇", "河口政发"),
            township("柳林镇人民政府", "柳林镇", "柳政发"),
            township("石桥镇人民政府", "石桥镇", "石政发"),
            township("桃源乡人民政府", "桃源乡", "桃政发"),
            township("白马乡人民政府", "白马乡", "白政发"),
            township("龙泉乡人民政府", "龙泉乡", "龙政发"),
            township("东湖街道办事处", "东湖街道", "东街发"),
            township("西城街道办事处", "西城街道", "西街发"),
            township("青山管理区管理委员会", "青山管理区", "青管发"));

    static final List<IssuerSpec> AUTHORIZED = List.of(
            new IssuerSpec(NAME + "经济开发区管理委员会", SHORT + "开管规", IssuerCategory.AUTHORIZED_ORG,
                    LocalDate.of(2017, 1, 1), null, NAME + "经济开发区", List.of(
                    m("入园项目准入管理", "规范入园项目准入", "优化营商环境条例"),
                    m("标准化厂房租赁管理", "加强标准化厂房租赁管理", "优化营商环境条例")), List.of()),
            new IssuerSpec(NAME + "住房公积金管理中心", SHORT + "公积金规", IssuerCategory.AUTHORIZED_ORG, LISTED, null,
                    NAME, List.of(
                    t("住房公积金提取管理", "规范住房公积金提取", "住房公积金管理条例"),
                    t("住房公积金个人住房贷款管理", "做好住房公积金个人住房贷款工作", "住房公积金管理条例")),
                    List.of()));

    /** Every issuer of the demo list, the government first. */
    static List<IssuerSpec> all() {
        List<IssuerSpec> all = new java.util.ArrayList<>();
        all.add(GOVERNMENT);
        all.add(GOVERNMENT_OFFICE);
        all.addAll(DEPARTMENTS);
        all.addAll(TOWNSHIPS);
        all.addAll(AUTHORIZED);
        return List.copyOf(all);
    }
}
