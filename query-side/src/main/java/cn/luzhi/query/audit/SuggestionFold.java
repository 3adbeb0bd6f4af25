package cn.luzhi.query.audit;

import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/** A suggestion's or bill's (代表建议/议案) state, event by event. */
final class SuggestionFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField KIND = new StateField("kind", "类别");
    static final StateField LEAD_DEPUTY = new StateField("leadDeputyId", "领衔代表");
    static final StateField TITLE = new StateField("title", "标题");
    static final StateField PROCURATORATE_SOURCE = new StateField("procuratorateReference", "来源检察建议");
    static final StateField CO_SIGNERS = new StateField("coSignerIds", "联名代表");
    static final StateField INVITEES = new StateField("inviteeIds", "受邀联名代表");
    static final StateField SESSION = new StateField("sessionPeriod", "提出时期");
    static final StateField SIGNERS = new StateField("deputyCount", "署名代表人数");
    static final StateField LEAD_UNIT = new StateField("leadUnitId", "主办单位");
    static final StateField CO_UNITS = new StateField("coUnitIds", "协办单位");
    static final StateField REPLY_DUE = new StateField("replyDueAt", "答复期限");
    static final StateField LATEST_DUE = new StateField("latestReplyDueAt", "最迟答复期限");
    static final StateField OVERDUE = new StateField("overdue", "已逾期");
    static final StateField ROUND = new StateField("round", "办理轮次");
    static final StateField MEETINGS = new StateField("meetingCount", "见面沟通次数");
    static final StateField RESULT = new StateField("result", "办理结果");
    static final StateField ON_TIME = new StateField("onTime", "按期答复");
    static final StateField SATISFACTION = new StateField("satisfaction", "满意度");
    static final StateField URGES = new StateField("urgeCount", "督办次数");
    static final StateField KEY_LEADERS = new StateField("supervisingLeaders", "领衔督办领导");
    static final StateField FOLLOW_UPS = new StateField("followUpYears", "回头看年度");
    static final StateField SOLVED_YEAR = new StateField("solvedYear", "回头看解决年度");
    static final StateField PROCURATORATE = new StateField("procuratorateId", "转为检察建议");
    static final StateField PROCURATORATE_OUTCOME = new StateField("procuratorateOutcome", "检察机关办理结果");
    static final StateField MERGED_INTO = new StateField("mergedIntoId", "并入建议");

    private static final List<StateField> FIELDS = List.of(STATUS, KIND, LEAD_DEPUTY, REGION, TITLE,
            PROCURATORATE_SOURCE, CO_SIGNERS, INVITEES, SESSION, SIGNERS, LEAD_UNIT, CO_UNITS, REPLY_DUE, LATEST_DUE, OVERDUE,
            ROUND, MEETINGS, RESULT, ON_TIME, SATISFACTION, URGES, KEY_LEADERS, FOLLOW_UPS, SOLVED_YEAR, PROCURATORATE,
            PROCURATORATE_OUTCOME, MERGED_INTO);

    SuggestionFold() {
        super(CaseType.SUGGESTION, SuggestionDrafted.class, FIELDS);
    }

    /**
     * The shown fields are the lifecycle's state after the event, plus what the events say beyond it. Deadline,
     * round and overdue fields stay empty until the suggestion is assigned, as an auditor saw them before.
     */
    @Override
    CaseState apply(CaseState state, Object event) {
        SuggestionState after = SuggestionLifecycle.evolve(
                state.lifecycle(SuggestionState.class, SuggestionState.NONE), event);
        CaseState shown = state;
        if (event instanceof SuggestionDrafted e) {
            shown = shown.with(REGION, e.regionId()).with(TITLE, e.title())
                    .with(PROCURATORATE_SOURCE, e.procuratorateReference()).with(MEETINGS, 0);
        } else if (event instanceof SuggestionSubmitted e) {
            shown = shown.with(SESSION, e.sessionPeriod()).with(SIGNERS, e.deputyCount());
        } else if (event instanceof SuggestionDiscussedWithDeputy) {
            shown = shown.plusOne(MEETINGS);
        } else if (event instanceof SuggestionReplied e) {
            shown = shown.with(ON_TIME, e.onTime());
        } else if (event instanceof SuggestionFollowedUp e) {
            shown = shown.adding(FOLLOW_UPS, e.year());
        } else if (event instanceof SuggestionConvertedToProcuratorate e) {
            shown = shown.with(PROCURATORATE, e.procuratorateId());
        }
        if (!after.exists()) {
            return state;
        }
        boolean assigned = after.assigned();
        return shown.withLifecycle(after).with(STATUS, after.status()).with(KIND, after.kind())
                .with(LEAD_DEPUTY, after.leadDeputyId()).with(CO_SIGNERS, after.coSigners())
                .with(INVITEES, after.invited())
                .with(LEAD_UNIT, after.leadUnitId()).with(CO_UNITS, after.coUnitIds())
                .with(REPLY_DUE, after.replyDueAt()).with(LATEST_DUE, after.latestReplyDueAt())
                .with(OVERDUE, assigned ? after.overdue() : null).with(ROUND, assigned ? after.round() : null)
                .with(RESULT, after.result()).with(SATISFACTION, after.lastRating())
                .with(URGES, after.urgeCount()).with(KEY_LEADERS, after.supervisingLeaders())
                .with(SOLVED_YEAR, after.solvedYear()).with(PROCURATORATE_OUTCOME, after.procuratorateOutcome())
                .with(MERGED_INTO, after.mergedInto());
    }
}
