package cn.luzhi.app.demo;

import cn.luzhi.events.ballot.ProposerKind;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.region.RegionLevel;
import cn.luzhi.events.unit.HandlingUnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's district, 呼和浩特市新城区 (statutory code 150102): its eight subdistricts and one town with their
 * communities and villages, the bodies that answer cases (一府一委两院), and the everyday matters citizens,
 * deputies and parties bring. The names are plausible rather than an exact copy of the real register.
 */
final class DemoDistrict {

    static final String CODE = "150102";
    static final String NAME = "新城区";
    static final String CITY = "呼和浩特市";
    /** Every demo record's id starts with this, so the live mode leaves records made by people alone. */
    static final String ID_PREFIX = "demo-";

    /** A region under its statutory code. */
    record Place(String code, String name, RegionLevel level) {

        String parentCode() {
            return code.substring(0, code.length() - 3);
        }
    }

    /** A subdistrict, town or sumu with its communities, villages or gacha. */
    record Town(Place place, List<Place> villages) {
    }

    /** A body that answers cases; {@code key} names it in the topics below. */
    record Unit(String key, String name, HandlingUnitKind kind, String office) {

        String id() {
            return unitId(key);
        }
    }

    /** A matter citizens raise; {@code %s} in the texts stands for the place it concerns. */
    record PetitionTopic(String title, String content, String unit, String reply) {
    }

    /**
     * A matter deputies file suggestions on; {@code measure} is what the lead unit does about it, phrased so that
     * it follows "已" (done) as well as "正在" (under way).
     */
    record SuggestionTopic(String title, String content, String leadUnit, List<String> coUnits, String measure) {
    }

    /** A kind of dispute the court refers; amounts in yuan, both 0 when the dispute is not about money. */
    record Dispute(DisputeType type, String summary, int minAmount, int maxAmount, String agreement) {
    }

    /** A livelihood project proposed for a ballot; the budget is in yuan. */
    record Candidate(String title, String description, long budget, ProposerKind proposer) {
    }

    /** A leader who may take a suggestion under personal supervision. */
    record Leader(String name, String position) {
    }

    static final List<Town> TOWNS = List.of(
            town("001", "海拉尔东路街道", RegionLevel.SUBDISTRICT,
                    "兴安北路", "海拉尔东路", "东影南路", "电力", "光华"),
            town("002", "锡林路街道", RegionLevel.SUBDISTRICT,
                    "锡林北路", "北垣街", "青城公园", "新华东街", "宝尔汗"),
            town("003", "中山东路街道", RegionLevel.SUBDISTRICT,
                    "中山东路", "丁香路", "满都海", "呼伦北路", "机关"),
            town("004", "东街街道", RegionLevel.SUBDISTRICT,
                    "东街", "将军衙署", "东门外", "新城北街", "公主府"),
            town("005", "西街街道", RegionLevel.SUBDISTRICT,
                    "西街", "新城西街", "落凤街", "大学西路", "西顺城街"),
            town("006", "迎新路街道", RegionLevel.SUBDISTRICT,
                    "迎新路", "车站东街", "光明", "铁路", "兴华"),
            town("007", "东风路街道", RegionLevel.SUBDISTRICT,
                    "东风路", "东二环", "和平", "毫沁营", "成吉思汗东街"),
            town("008", "成吉思汗大街街道", RegionLevel.SUBDISTRICT,
                    "成吉思汗大街", "哲里木路", "巨海城", "北二环", "金隅"),
            town("100", "保合少镇", RegionLevel.TOWN,
                    "保合少", "面铺窑", "恼包", "大窑", "水泉", "哈拉沁", "讨号板", "奎素", "石人湾", "新营子"));

    /** The town of the demo: the only one with a township congress, so its deputies hold its ballot. */
    static final Town RURAL_TOWN = TOWNS.get(TOWNS.size() - 1);

    static final List<Unit> UNITS = List.of(
            government("development", "新城区发展和改革委员会"),
            government("education", "新城区教育局"),
            government("industry", "新城区工业和信息化局"),
            government("civil-affairs", "新城区民政局"),
            government("justice", "新城区司法局"),
            government("finance", "新城区财政局"),
            government("hrss", "新城区人力资源和社会保障局"),
            government("natural-resources", "呼和浩特市自然资源局新城区分局"),
            government("ecology", "呼和浩特市生态环境局新城区分局"),
            government("housing", "新城区住房和城乡建设局"),
            government("transport", "新城区交通运输局"),
            government("agriculture", "新城区农牧局"),
            government("water", "新城区水务局"),
            government("commerce", "新城区商务局"),
            government("culture-tourism", "新城区文化旅游体育局"),
            government("health", "新城区卫生健康委员会"),
            government("veterans", "新城区退役军人事务局"),
            government("emergency", "新城区应急管理局"),
            government("market", "新城区市场监督管理局"),
            government("medical-insurance", "新城区医疗保障局"),
            government("urban-management", "新城区城市管理综合执法局"),
            government("approval", "新城区行政审批和政务服务局"),
            new Unit("supervision", "新城区监察委员会", HandlingUnitKind.SUPERVISORY_COMMISSION, "案件监督管理室"),
            new Unit("court", "新城区人民法院", HandlingUnitKind.COURT, "诉讼服务中心"),
            new Unit("procuratorate", "新城区人民检察院", HandlingUnitKind.PROCURATORATE, "公益诉讼检察部"));

    static final String COURT = "court";
    static final String PROCURATORATE = "procuratorate";

    static final List<PetitionTopic> PETITION_TOPICS = List.of(
            new PetitionTopic("小区周边路灯长期不亮", "%s一带多盏路灯损坏已两个多月，夜间居民出行和老人散步存在安全隐患，希望尽快维修。",
                    "urban-management", "已安排维修班组对%s一带路灯逐一排查，更换损坏灯具，照明已恢复，并纳入日常巡检。"),
            new PetitionTopic("老旧住宅冬季供暖温度不达标", "%s部分老旧住宅楼入冬以来室温长期低于18℃，多次向供热企业反映仍未解决，老人孩子受冻。",
                    "housing", "已会同供热企业入户测温，对%s老旧管网进行清洗和水力平衡调节，室温已达标，管网改造已列入计划。"),
            new PetitionTopic("老楼加装电梯审批难", "%s多栋六层老楼居民已自筹部分资金，希望加装电梯，但审批手续多、邻里协调难，希望简化流程。",
                    "housing", "已指导%s成立加装电梯协调小组，推行联合审批，相关楼栋已进入设计公示阶段。"),
            new PetitionTopic("背街小巷路面坑洼积水", "%s背街小巷路面破损坑洼，雨天积水严重，电动车和行人通行困难。",
                    "housing", "已将%s背街小巷纳入今年道路维修计划，破损路面已修补，排水口已疏通。"),
            new PetitionTopic("工地拖欠农民工工资", "%s一处在建工地拖欠二十余名农民工工资，务工人员多次讨要未果。",
                    "hrss", "已责令施工企业限期支付，拖欠工资已全部发放到位，该企业已列入重点监控名单。"),
            new PetitionTopic("公办幼儿园学位紧张", "%s附近公办幼儿园学位不足，不少适龄儿童需要跨片区入园，接送困难。",
                    "education", "已统筹%s片区学位，新增公办学位并协调附近普惠性幼儿园接收适龄儿童。"),
            new PetitionTopic("学校周边上下学交通拥堵", "%s附近学校上下学时段车辆乱停乱放，交通拥堵，存在安全隐患。",
                    "transport", "已会同交管部门在%s学校周边施划临时停车位、增设护学岗，高峰时段拥堵明显缓解。"),
            new PetitionTopic("早市摊贩占道经营", "%s路口早市摊贩长期占道经营，垃圾随意丢弃，影响行人和车辆通行。",
                    "urban-management", "已在%s设置便民疏导点，安排执法队员定时巡查，占道经营问题已整改。"),
            new PetitionTopic("临街餐馆油烟扰民", "%s临街餐馆油烟直排，楼上居民无法开窗，多次协商无果。",
                    "ecology", "已对%s涉事餐馆开展检查，责令安装油烟净化设施并定期清洗，复查排放达标。"),
            new PetitionTopic("工地夜间施工噪音扰民", "%s附近工地夜间施工，噪音影响居民休息。",
                    "ecology", "已对%s工地开展夜间巡查，责令严格执行夜间施工审批，违规夜间施工已停止。"),
            new PetitionTopic("自来水发黄浑浊", "%s自来水时常发黄浑浊，居民担心饮水安全。",
                    "water", "已对%s供水管网冲洗消毒并抽检水质，各项指标合格，老化管段已列入改造计划。"),
            new PetitionTopic("村道未硬化出行难", "%s通往主路的村道仍是土路，雨雪天泥泞难行，农产品运不出去。",
                    "transport", "已将%s村道硬化纳入农村公路建设计划，现已完工通车。"),
            new PetitionTopic("社区缺少老年助餐服务", "%s老年人多，缺少日间照料和助餐服务，希望就近建设养老服务站点。",
                    "civil-affairs", "已在%s开设老年助餐点，并引入专业机构提供日间照料服务。"),
            new PetitionTopic("异地就医报销手续繁琐", "%s一位居民在外地住院，报销时往返多次提交材料，希望简化手续。",
                    "medical-insurance", "已为当事人办理异地就医备案和报销，并在%s推广线上备案服务。"),
            new PetitionTopic("社区卫生服务站缺医少药", "%s社区卫生服务站常用药品不全、医生少，居民就近看病不便。",
                    "health", "已为%s卫生服务站补齐常用药品目录，并安排家庭签约医生定期坐诊。"),
            new PetitionTopic("退役军人优待证办理慢", "%s一名退役军人反映优待证办理进度慢，相关优待未能享受。",
                    "veterans", "已为当事人办结优待证，并在%s开展优待政策宣传。"),
            new PetitionTopic("农贸市场肉品来源不明", "%s农贸市场部分摊位售卖来源不明的肉品，希望加强监管。",
                    "market", "已对%s农贸市场开展专项检查，查处违规摊位并建立进货查验台账。"),
            new PetitionTopic("私搭乱建占用公共绿地", "%s一楼住户私搭乱建占用公共绿地，影响邻里通行和采光。",
                    "urban-management", "已对%s违章建筑依法下达整改通知，违建已拆除，绿地已恢复。"),
            new PetitionTopic("垃圾清运不及时", "%s垃圾箱经常满溢，清运不及时，夏季异味严重。",
                    "urban-management", "已将%s垃圾清运调整为每日两次，并增设分类投放点。"),
            new PetitionTopic("公交线路绕行换乘不便", "%s居民去医院、学校需换乘两次公交，希望调整线路或增设站点。",
                    "transport", "已协调公交企业优化线路，在%s增设停靠站点。"),
            new PetitionTopic("老旧小区停车难", "%s老旧小区车位严重不足，消防通道经常被占用。",
                    "transport", "已在%s周边利用闲置空地建设临时停车场，并施划消防通道标线。"),
            new PetitionTopic("宅基地确权登记未办结", "%s部分村民宅基地确权登记迟迟未办结，影响房屋翻建。",
                    "natural-resources", "已组织专人到%s集中受理，符合条件的宅基地不动产登记已全部办结。"),
            new PetitionTopic("灌溉渠道淤堵", "%s农田灌溉渠道淤堵渗漏，春灌用水困难。",
                    "agriculture", "已对%s灌溉渠道清淤并进行防渗改造，春灌已正常进行。"),
            new PetitionTopic("燃气管道锈蚀存在隐患", "%s老旧小区燃气管道锈蚀严重，居民担心安全。",
                    "emergency", "已会同燃气企业对%s燃气管道开展安全检查，更换锈蚀管段并加装报警装置。"),
            new PetitionTopic("低保申请迟迟没有结果", "%s一户家庭因病致贫，申请低保后迟迟没有结果。",
                    "civil-affairs", "经入户核查，该户符合条件，已纳入低保并按月发放保障金。"),
            new PetitionTopic("物业服务不到位", "%s小区物业收费后服务不到位，楼道卫生差，设施损坏无人维修。",
                    "housing", "已约谈%s小区物业企业限期整改，并纳入物业信用评价，整改结果已经居民代表验收。"),
            new PetitionTopic("回迁楼不动产权证办理难", "%s回迁楼居民入住多年仍未办理不动产权证。",
                    "natural-resources", "已协调开发企业补齐手续，%s回迁楼不动产权证已分批发放。"),
            new PetitionTopic("小区消防通道堵塞", "%s小区消防通道长期被车辆和杂物堵塞，存在安全隐患。",
                    "emergency", "已会同消防部门对%s小区开展联合检查，清理堵塞物并设置禁停标识。"),
            new PetitionTopic("街心公园健身器材损坏", "%s街心公园多处健身器材损坏，存在安全隐患。",
                    "culture-tourism", "已对%s街心公园健身器材维修更换，并明确专人管护。"),
            new PetitionTopic("小商店营业执照办理跑腿多", "%s居民开办小商店，营业执照办理需多次跑腿。",
                    "approval", "已为当事人办理营业执照，并在%s便民服务站开通登记代办服务。"));

    static final List<SuggestionTopic> SUGGESTION_TOPICS = List.of(
            new SuggestionTopic("关于加快老旧小区改造提升的建议", "我区老旧小区多建于上世纪八九十年代，管网老化、外墙无保温、停车难问题突出，建议加大改造力度。",
                    "housing", List.of("urban-management", "finance"), "对相关老旧小区实施管网更新和外墙保温改造"),
            new SuggestionTopic("关于完善社区居家养老服务体系的建议", "辖区老龄化程度高，社区助餐、日间照料、上门医疗服务供给不足，建议完善居家养老服务网络。",
                    "civil-affairs", List.of("health"), "在各街道布局社区养老服务站并推行老年助餐"),
            new SuggestionTopic("关于缓解中小学上下学交通拥堵的建议", "多所中小学周边上下学高峰时段拥堵严重，建议统筹设置临时停车和接送区域。",
                    "transport", List.of("education"), "在学校周边设置即停即走接送区并增设护学岗"),
            new SuggestionTopic("关于增加公办幼儿园学位供给的建议", "部分片区公办幼儿园学位紧张，建议通过新建、改扩建增加普惠性学位。",
                    "education", List.of("finance"), "通过改扩建和回收配套园增加公办学位"),
            new SuggestionTopic("关于推进集中供热管网改造的建议", "城区部分供热管网运行年限长，冬季室温不达标投诉多，建议分年度实施改造。",
                    "housing", List.of("finance"), "分年度实施老旧供热管网改造并开展入户测温"),
            new SuggestionTopic("关于加强农村饮水安全保障的建议", "保合少镇部分村供水设施老化，水质水量不稳定，建议实施农村供水提质工程。",
                    "water", List.of("health"), "实施农村供水管网改造并定期开展水质检测"),
            new SuggestionTopic("关于建设城区便民停车场的建议", "城区停车供需矛盾突出，建议利用边角地和闲置地块建设便民停车场。",
                    "transport", List.of("natural-resources"), "利用闲置地块建设便民停车场并推行错时共享停车"),
            new SuggestionTopic("关于规范农贸市场管理的建议", "部分农贸市场环境脏乱、食品来源不明，建议加强规范化管理。",
                    "market", List.of("urban-management"), "开展农贸市场标准化改造并建立进货查验制度"),
            new SuggestionTopic("关于加强大青山前坡生态保护的建议", "大青山前坡是城市生态屏障，存在私挖乱采、垃圾倾倒等问题，建议加强综合治理。",
                    "ecology", List.of("natural-resources", "agriculture"), "开展大青山前坡生态修复和常态化巡查"),
            new SuggestionTopic("关于支持乳业特色产业链发展的建议", "乳业是我市优势产业，建议在用地、融资、人才方面支持产业链上下游企业发展。",
                    "industry", List.of("agriculture"), "出台乳业产业链扶持措施并搭建银企对接平台"),
            new SuggestionTopic("关于优化营商环境提升政务服务效率的建议", "企业开办和项目审批环节仍较多，建议推行一网通办和帮办代办。",
                    "approval", List.of("market"), "推行企业开办一网通办和重点项目帮办代办"),
            new SuggestionTopic("关于加强根治欠薪工作的建议", "工程建设领域欠薪问题时有发生，建议落实工资专户和保证金制度。",
                    "hrss", List.of("housing"), "在在建项目全面落实农民工工资专户和保证金制度"),
            new SuggestionTopic("关于提升社区卫生服务能力的建议", "社区卫生服务机构人员、设备不足，建议加强基层医疗卫生能力建设。",
                    "health", List.of("medical-insurance"), "为社区卫生服务机构补充设备并推行家庭医生签约"),
            new SuggestionTopic("关于深入推进垃圾分类工作的建议", "垃圾分类设施不足、居民参与度不高，建议完善分类投放和收运体系。",
                    "urban-management", List.of("ecology"), "完善分类投放点并建立分类收运台账"),
            new SuggestionTopic("关于加强退役军人服务保障的建议", "建议完善退役军人服务站功能，加强就业创业扶持。",
                    "veterans", List.of("hrss"), "提升退役军人服务站功能并开展专场招聘"),
            new SuggestionTopic("关于保护利用历史文化街区的建议", "将军衙署、公主府周边历史文化资源丰富，建议加强保护并发展文旅。",
                    "culture-tourism", List.of("housing"), "编制历史文化街区保护利用方案并修缮历史建筑"),
            new SuggestionTopic("关于完善城市应急避难场所的建议", "部分街道应急避难场所标识不清、物资不足，建议完善建设和管理。",
                    "emergency", List.of("natural-resources"), "完善应急避难场所标识和物资储备"),
            new SuggestionTopic("关于加快农村人居环境整治的建议", "建议持续推进农村厕所革命、垃圾污水治理和村容村貌提升。",
                    "agriculture", List.of("ecology"), "推进农村户厕改造和生活垃圾集中收运"),
            new SuggestionTopic("关于推进医保服务便民化的建议", "建议将医保业务下沉到街道社区，推进异地就医直接结算。",
                    "medical-insurance", List.of("health"), "将医保经办服务下沉到街道社区并推广线上备案"),
            new SuggestionTopic("关于加强未成年人司法保护的建议", "建议加强法治进校园，完善涉未成年人案件一站式办案机制。",
                    "court", List.of("procuratorate", "education"), "开展法治进校园并建立涉未成年人案件一站式办案机制"),
            new SuggestionTopic("关于运用公益诉讼保护生态环境的建议", "建议发挥检察公益诉讼作用，督促整治河道、山体生态破坏问题。",
                    "procuratorate", List.of("ecology"), "对生态环境领域线索立案办理并督促相关单位整改"),
            new SuggestionTopic("关于加强基层权力运行监督的建议", "建议加强对村（社区）集体资金资产资源管理的监督。",
                    "supervision", List.of(), "对村（社区）集体三资管理开展专项监督检查"),
            new SuggestionTopic("关于完善诉源治理多元解纷机制的建议", "建议发挥人大代表作用，推动矛盾纠纷在诉前化解。",
                    "court", List.of("justice"), "完善代表参与诉前调解机制并设立代表调解工作室"),
            new SuggestionTopic("关于加强公共法律服务的建议", "建议扩大法律援助覆盖面，推进村（居）法律顾问全覆盖。",
                    "justice", List.of(), "推进村（居）法律顾问全覆盖并扩大法律援助范围"),
            new SuggestionTopic("关于发展夜间经济的建议", "建议打造特色夜市街区，丰富夜间消费业态。",
                    "commerce", List.of("culture-tourism"), "打造特色夜市街区并规范夜间经营管理"),
            new SuggestionTopic("关于增设城区公共厕所的建议", "部分商圈和公园周边如厕难，建议增设公共厕所并推动机关单位厕所对外开放。",
                    "urban-management", List.of("housing"), "新建改建公共厕所并推动沿街单位厕所对外开放"),
            new SuggestionTopic("关于加大就业困难人员帮扶力度的建议", "建议开发公益性岗位，加强就业困难人员技能培训。",
                    "hrss", List.of("civil-affairs"), "开发公益性岗位并开展订单式技能培训"),
            new SuggestionTopic("关于加强校园食品安全监管的建议", "建议推行学校食堂明厨亮灶和校长陪餐制度。",
                    "market", List.of("education"), "在中小学食堂推行明厨亮灶并开展专项检查"),
            new SuggestionTopic("关于加快无障碍环境建设的建议", "部分公共场所和老旧小区无障碍设施缺失，建议系统改造。",
                    "housing", List.of("civil-affairs"), "对公共场所和老旧小区开展无障碍设施改造"),
            new SuggestionTopic("关于提升公交服务水平的建议", "建议优化公交线网，增加早晚高峰班次，改造候车亭。",
                    "transport", List.of(), "优化公交线网并增加早晚高峰班次"));

    static final List<Dispute> DISPUTES = List.of(
            new Dispute(DisputeType.NEIGHBOURS, "楼上住户装修导致楼下房屋渗水，双方就维修和赔偿费用发生争议。", 3000, 30000,
                    "楼上住户负责维修防水层并一次性赔偿楼下住户损失，双方和好。"),
            new Dispute(DisputeType.NEIGHBOURS, "相邻两户因院墙边界和排水问题发生纠纷，矛盾持续升级。", 0, 0,
                    "双方确认院墙边界，共同出资修建排水沟，互谅互让。"),
            new Dispute(DisputeType.LABOUR, "劳动者主张用人单位拖欠工资及未签订书面劳动合同的二倍工资。", 8000, 60000,
                    "用人单位分两期支付拖欠工资及经济补偿，劳动者放弃其他请求。"),
            new Dispute(DisputeType.LABOUR, "职工在工作中受伤，就工伤待遇与企业发生争议。", 20000, 150000,
                    "企业一次性支付工伤待遇差额，双方劳动关系依法解除。"),
            new Dispute(DisputeType.CONTRACT, "买卖合同货款未按期支付，供货方主张货款及违约金。", 20000, 500000,
                    "买方分期支付货款，供货方放弃部分违约金。"),
            new Dispute(DisputeType.CONTRACT, "民间借贷到期未还，出借人主张归还本金及利息。", 10000, 300000,
                    "借款人按约定分期归还本金，出借人减免部分利息。"),
            new Dispute(DisputeType.CONTRACT, "房屋租赁合同提前解除，双方就押金和租金结算发生争议。", 3000, 50000,
                    "出租人退还部分押金，承租人补足所欠租金，合同解除。"),
            new Dispute(DisputeType.PROPERTY_MANAGEMENT, "业主以服务质量差为由拒交物业费，物业公司主张欠费。", 1500, 12000,
                    "物业公司限期整改服务问题，业主补交物业费，滞纳金予以减免。"),
            new Dispute(DisputeType.MARRIAGE_AND_FAMILY, "子女就赡养老人的费用分担和照料安排发生争议。", 0, 0,
                    "子女按月分摊赡养费并轮流照料老人。"),
            new Dispute(DisputeType.MARRIAGE_AND_FAMILY, "离婚后双方就子女抚养费给付和探望安排发生争议。", 10000, 80000,
                    "一方按月支付抚养费，双方约定探望时间。"),
            new Dispute(DisputeType.TRAFFIC_ACCIDENT, "机动车与电动自行车相撞，双方就医疗费、误工费赔偿发生争议。", 5000, 80000,
                    "保险公司在责任限额内赔付，肇事方补足差额。"),
            new Dispute(DisputeType.INTELLECTUAL_PROPERTY, "商户销售的商品涉嫌侵犯注册商标专用权，权利人主张赔偿。", 10000, 100000,
                    "商户停止销售侵权商品并赔偿权利人经济损失。"),
            new Dispute(DisputeType.OTHER, "网购商品存在质量问题，消费者与商家就退货退款发生争议。", 500, 8000,
                    "商家退货退款并给予消费者适当补偿。"));

    static final List<Candidate> DISTRICT_CANDIDATES = List.of(
            new Candidate("老旧小区改造提升工程", "对辖区30个老旧小区实施管网更新、外墙保温和环境整治。", 48_000_000L, ProposerKind.GOVERNMENT),
            new Candidate("社区嵌入式养老服务中心建设", "新建6处社区养老服务中心，提供助餐、日间照料和康复服务。", 9_500_000L, ProposerKind.CITIZEN),
            new Candidate("背街小巷综合整治", "对40条背街小巷实施路面、排水、照明一体化整治。", 20_000_000L, ProposerKind.CITIZEN),
            new Candidate("便民停车场建设", "利用边角地建设便民停车场，新增停车位1200个。", 15_000_000L, ProposerKind.DEPUTY),
            new Candidate("中小学教室照明和课桌椅更新", "更新全区中小学教室照明灯具和可调节课桌椅。", 12_000_000L, ProposerKind.DEPUTY),
            new Candidate("保合少镇农村供水管网改造", "改造保合少镇10个村的供水主管网和入户管线。", 8_200_000L, ProposerKind.DEPUTY),
            new Candidate("口袋公园和健身步道建设", "新建12处口袋公园和8公里健身步道。", 6_800_000L, ProposerKind.CITIZEN),
            new Candidate("城区公共厕所提档升级", "新建改建30座城市公共厕所。", 3_600_000L, ProposerKind.CITIZEN),
            new Candidate("社区卫生服务站标准化建设", "为15个社区卫生服务站更新诊疗设备。", 5_400_000L, ProposerKind.GOVERNMENT),
            new Candidate("无障碍设施改造", "对政务服务场所和主要街道实施无障碍改造。", 2_800_000L, ProposerKind.DEPUTY),
            new Candidate("公交候车亭改造", "改造60座公交候车亭并增设实时到站显示屏。", 2_200_000L, ProposerKind.CITIZEN),
            new Candidate("智慧社区平台建设", "建设覆盖全区社区的综合服务平台。", 7_000_000L, ProposerKind.GOVERNMENT));

    static final List<Candidate> TOWN_CANDIDATES = List.of(
            new Candidate("村内巷道硬化", "硬化保合少镇6个村的村内巷道共12公里。", 1_800_000L, ProposerKind.CITIZEN),
            new Candidate("农村户厕改造", "为300户农户改造卫生厕所。", 1_200_000L, ProposerKind.GOVERNMENT),
            new Candidate("村庄亮化工程", "在主要村道安装太阳能路灯260盏。", 650_000L, ProposerKind.CITIZEN),
            new Candidate("村级综合文化服务中心提升", "为5个村综合文化服务中心添置设备。", 900_000L, ProposerKind.DEPUTY),
            new Candidate("农机合作社机库建设", "为农机合作社建设标准化机库。", 1_500_000L, ProposerKind.DEPUTY),
            new Candidate("村卫生室设备更新", "为10个村卫生室更新基本诊疗设备。", 500_000L, ProposerKind.CITIZEN));

    /** A project's plan: milestone names in order, reached at the percentages below. */
    static final List<String> MILESTONES = List.of("方案设计", "招标采购", "开工建设", "主体完工", "竣工验收");
    static final List<Integer> MILESTONE_PERCENTS = List.of(10, 25, 40, 80, 100);

    static final List<Leader> LEADERS = List.of(
            new Leader("高志远", "区人大常委会主任"),
            new Leader("乌日娜", "区人大常委会副主任"),
            new Leader("刘建军", "区人民政府区长"));

    private DemoDistrict() {
    }

    static String unitId(String key) {
        return ID_PREFIX + "unit-" + key;
    }

    /**
     * The progress at which milestone {@code index} of a plan of {@code count} is reached: the demo's own plan has
     * its percentages, any other plan (an administrator's) is divided evenly.
     */
    static int milestonePercent(int index, int count) {
        return count == MILESTONES.size() ? MILESTONE_PERCENTS.get(index) : (index + 1) * 100 / count;
    }

    static Optional<Unit> unit(String key) {
        return UNITS.stream().filter(unit -> unit.key().equals(key)).findFirst();
    }

    static Optional<PetitionTopic> petitionTopic(String title) {
        return PETITION_TOPICS.stream().filter(topic -> topic.title().equals(title)).findFirst();
    }

    static Optional<SuggestionTopic> suggestionTopic(String title) {
        return SUGGESTION_TOPICS.stream().filter(topic -> topic.title().equals(title)).findFirst();
    }

    /** Every village and community of the district. */
    static List<Place> villages() {
        List<Place> all = new ArrayList<>();
        TOWNS.forEach(town -> all.addAll(town.villages()));
        return all;
    }

    private static Unit government(String key, String name) {
        return new Unit(key, name, HandlingUnitKind.GOVERNMENT_DEPARTMENT, "办公室");
    }

    /**
     * A subdistrict's residents' committees (社区) are numbered from 001 and a town's villagers' committees (村)
     * from 200, as they are in the statutory codes.
     */
    private static Town town(String suffix, String name, RegionLevel level, String... villageNames) {
        String code = CODE + suffix;
        boolean urban = level == RegionLevel.SUBDISTRICT;
        List<Place> villages = new ArrayList<>();
        for (int i = 0; i < villageNames.length; i++) {
            villages.add(urban
                    ? new Place(code + "%03d".formatted(i + 1), villageNames[i] + "社区", RegionLevel.COMMUNITY)
                    : new Place(code + "%03d".formatted(200 + i), villageNames[i] + "村", RegionLevel.VILLAGE));
        }
        return new Town(new Place(code, name, level), List.copyOf(villages));
    }
}
