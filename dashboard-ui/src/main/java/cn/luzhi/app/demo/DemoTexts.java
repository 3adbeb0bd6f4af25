package cn.luzhi.app.demo;

import cn.luzhi.app.demo.DemoDistrict.SuggestionTopic;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.suggestion.HandlingResult;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What demo clerks, deputies, units and supervisors write in their commands, shared by the seed and the live mode. */
final class DemoTexts {

    static final String ACCEPT_PETITION = "群众反映的民生问题，由本代表跟进办理";
    static final List<String> DECLINE_PETITION = List.of(
            "该事项已进入诉讼程序，不属于代表代办范围，已告知当事人依法维权",
            "反映事项属于私人之间的经济纠纷，已引导当事人申请人民调解",
            "反映事项已有明确处理结论且无新情况，已向当事人做好解释");
    static final List<String> WITHDRAW_PETITION = List.of("问题已与对方协商解决，申请撤回", "已通过12345热线解决，申请撤回");
    static final String MERGE_PETITION = "与已登记诉求反映同一事项，合并办理";
    static final List<String> URGE_PETITION = List.of(
            "群众多次来电询问，请加快办理进度", "距答复期限不足半月，请抓紧办理", "请承办单位主要负责同志亲自过问");
    static final String EXTEND_PETITION = "涉及多部门协调和资金安排，承办单位申请延期答复";
    static final List<String> FOLLOW_UP_PETITION = List.of(
            "已电话回访群众，告知办理结果，群众表示认可", "已到现场查看整改情况，问题已基本解决",
            "已与承办单位和群众三方沟通，后续将持续关注");
    static final String CLOSE_PETITION = "已答复并回访，予以办结";
    /** Why the 12345 hotline escalated a ticket to the deputies (12345疑难工单). */
    static final List<String> ESCALATE_HOTLINE_TICKET = List.of(
            "群众多次来电反映，相关部门职责交叉，热线难以协调办结", "涉及多个部门，经两次转派仍未解决",
            "群众对前次办理结果不满意，申请人大代表督办");
    static final List<String> HOTLINE_FEEDBACK = List.of(
            "已在人大代表督办下办理完毕，承办单位已答复，请热线回访群众", "问题已由承办单位处理，代表已跟进回访，群众认可",
            "承办单位已答复办理情况，代表将持续关注后续落实");

    /** The hotline's own ticket number: the day it was received and four digits of the petition's id. */
    static String hotlineTicketNumber(LocalDate receivedOn, String petitionId) {
        return "12345-" + receivedOn.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + "%04d".formatted(Math.floorMod(petitionId.hashCode(), 10_000));
    }

    static final String ACCEPT_SUGGESTION = "符合代表建议立案要求，予以立案";
    static final String ASSIGN_SUGGESTION = "请主办单位会同协办单位认真研究办理，按期答复代表";
    static final String DISCUSS_SUGGESTION = "主办单位负责同志与领衔代表见面沟通，听取意见并介绍办理思路";
    static final String CO_UNIT_OPINION = "我单位将在职责范围内积极配合主办单位做好相关工作";
    static final String URGE_SUGGESTION = "建议办理进度滞后，请加快办理并及时与代表沟通";
    static final String CLOSE_SUGGESTION = "经代表评价，予以办结";

    static final String ASSIGN_MEDIATORS = "根据法院委派，指派调解员开展诉前调解";
    static final String SESSION_ONGOING = "调解员分别听取双方意见，释明相关法律规定，双方分歧有所缩小";
    static final String SESSION_AGREED = "组织双方面对面协商，就主要争议事项形成一致意见";
    static final String EXTEND_MEDIATION = "双方同意延长调解期限，继续协商";
    static final String MEDIATION_REFUSED = "一方当事人明确表示不同意调解，转入诉讼程序";
    static final String MEDIATION_FAILED = "双方对赔偿金额分歧较大，调解不成，转入诉讼程序";
    static final String MEDIATION_WITHDRAWN = "双方已自行和解，申请撤回调解";
    static final String FOLLOW_UP_SETTLED = "回访双方当事人，调解协议已履行完毕";
    static final String FOLLOW_UP_WITHDRAWN = "回访双方当事人，纠纷未再发生";

    static final String COMPLETE_PROJECT = "已通过竣工验收，交付使用";
    static final String RATE_PROJECT = "组织人大代表和群众代表开展满意度测评";
    static final List<String> INSPECTION_FINDINGS = List.of(
            "施工现场管理规范，建议加快进度并注意安全文明施工", "工程质量总体良好，群众反映积极");

    private DemoTexts() {
    }

    static String forwardPetition(String unitName) {
        return "请" + unitName + "核实处理并按期答复";
    }

    static String coUnitReply(String leadUnitName) {
        return "我单位已配合" + leadUnitName + "开展工作，职责范围内事项已落实。";
    }

    static String ratePetition(Satisfaction rating) {
        return switch (rating) {
            case SATISFIED -> "问题解决了，感谢代表";
            case BASICALLY_SATISFIED -> "基本解决，希望长期保持";
            case UNSATISFIED -> "问题没有根本解决，希望继续跟进";
        };
    }

    static String rateSuggestion(Satisfaction rating) {
        return switch (rating) {
            case SATISFIED -> "办理认真，答复具体，表示满意";
            case BASICALLY_SATISFIED -> "基本满意，希望持续推进";
            case UNSATISFIED -> "办理措施不够具体，希望重新研究办理";
        };
    }

    /** The lead unit's reply, worded after the class it gives the result. */
    static String replyToSuggestion(SuggestionTopic topic, HandlingResult result, int year) {
        return switch (result) {
            case SOLVED_OR_ADOPTED -> "您提出的《" + topic.title() + "》收悉。我单位已" + topic.measure()
                    + "，建议所提问题已得到解决，感谢代表对我区工作的关心支持。";
            case BEING_SOLVED_OR_PLANNED -> "您提出的《" + topic.title() + "》收悉。我单位正在" + topic.measure()
                    + "，相关工作已列入" + year + "年计划，预计年内完成。";
            case KEPT_FOR_REFERENCE -> "您提出的《" + topic.title() + "》收悉。所提事项涉及资金和规划调整，目前暂不具备实施条件，"
                    + "我单位将留作参考，待条件成熟时统筹推进。";
        };
    }

    static String progress(int percent, String milestone) {
        return milestone != null ? "已完成「" + milestone + "」" : "工程按计划推进，完成总量的" + percent + "%";
    }

    /** What citizens raise at a station's reception (进家接待), each with the answer a deputy can give on the spot. */
    static final List<List<String>> RECEPTION_ISSUES = List.of(
            List.of("小区路灯损坏，夜间出行不便", "已现场联系社区物业，三日内修复"),
            List.of("老旧小区加装电梯费用如何分摊", "已讲解加装电梯补贴政策及分摊办法"),
            List.of("村道坑洼，雨天积水严重", "已记录位置，转交镇村建设部门核实"),
            List.of("希望增设社区老年助餐点", "已介绍现有助餐点位置及申请方式"),
            List.of("农村医保缴费标准咨询", "已讲解今年城乡居民医保缴费标准"),
            List.of("学校周边早晚高峰交通拥堵", "已建议学校错峰放学，并反映交警部门"),
            List.of("小区垃圾清运不及时", "已联系环卫所增加清运频次"),
            List.of("务工人员工资被拖欠", "已讲解劳动监察投诉渠道"));
    static final String RECEPTION_LATER_ANSWER = "经与相关部门沟通核实，已电话答复群众";
    static final String RECEPTION_PETITION_TITLE = "进家接待反映问题";
    /** Deputies' activities (履职活动): the kind, the title and where it takes place. */
    record Activity(DutyActivityKind kind, String title, String place) {
    }

    static final List<Activity> DUTY_ACTIVITIES = List.of(
            new Activity(DutyActivityKind.SITTING, "列席区人大常委会会议", "区人大常委会会议室"),
            new Activity(DutyActivityKind.SITTING, "列席区政府常务会议", "区政府会议中心"),
            new Activity(DutyActivityKind.INSPECTION, "民生实事项目推进情况视察", "项目施工现场"),
            new Activity(DutyActivityKind.INSPECTION, "农村人居环境整治视察", "镇政府及各村"),
            new Activity(DutyActivityKind.LAW_ENFORCEMENT_CHECK, "《食品安全法》执法检查", "农贸市场及学校食堂"),
            new Activity(DutyActivityKind.LAW_ENFORCEMENT_CHECK, "《道路交通安全法》执法检查", "城区主要路口"),
            new Activity(DutyActivityKind.SURVEY, "养老服务体系建设专题调研", "社区养老服务中心"),
            new Activity(DutyActivityKind.SURVEY, "优化营商环境专题调研", "政务服务大厅"),
            new Activity(DutyActivityKind.TRAINING, "代表履职能力提升培训", "区人大代表培训中心"),
            new Activity(DutyActivityKind.TRAINING, "代表云课堂专题学习", "线上"));
    static final String ACTIVITY_LEAVE = "因工作冲突请假";

    // Legislative opinion collection (基层立法联系点): the legislature that asks and what deputies and citizens say.
    static final String LEGISLATURE = DemoDistrict.CITY + "人大常委会法制工作委员会";
    static final String DESIGNATE_LIAISON_POINT = "经常委会主任会议研究，确定为基层立法联系点";
    static final String PUBLISH_DUTY_ROTA = "按月排定代表进站接待，向群众公布";
    static final List<String> DRAFT_TITLES = List.of(
            DemoDistrict.CITY + "物业管理条例（修订草案征求意见稿）",
            DemoDistrict.CITY + "文明行为促进条例（草案）",
            DemoDistrict.CITY + "城市供热条例（修订草案）",
            DemoDistrict.CITY + "养犬管理条例（草案征求意见稿）",
            DemoDistrict.CITY + "生活垃圾分类管理条例（草案）",
            DemoDistrict.CITY + "历史文化名城保护条例（修订草案）");
    static final List<String> DRAFT_OPINIONS = List.of(
            "建议明确业主委员会成立的时限和街道办事处的指导责任",
            "建议增加公共收益定期公示的规定，公示期不少于三十日",
            "专项维修资金使用程序过于繁琐，建议增设应急使用情形",
            "建议对高空抛物行为明确处罚标准",
            "供热不达标时的退费标准应当写入条例",
            "建议规定老旧小区改造中征求居民意见的程序",
            "建议明确违法行为的举报渠道和奖励办法",
            "条款中“相关部门”表述不清，建议写明具体主管部门",
            "建议对农村牧区的适用作出专门规定",
            "罚款数额偏低，建议适当提高以增强威慑力");
    static final String MERGE_OPINIONS = "与其他联系点反映的意见内容相同，合并整理";
    static final String CLOSE_COMMENT = "立法机关通知提前汇总意见";
    static final String FORWARD_OPINIONS = "经联系点整理，报送法制工作委员会";
    static final String FEEDBACK = "法制工作委员会反馈：所列意见已在草案修改稿中吸收，其余意见作为立法参考";
}
