package cn.luzhi.query.audit;

import cn.luzhi.events.suggestion.BillHandledAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionAccepted;
import cn.luzhi.events.suggestion.SuggestionAssigned;
import cn.luzhi.events.suggestion.SuggestionClosed;
import cn.luzhi.events.suggestion.SuggestionCoSigned;
import cn.luzhi.events.suggestion.SuggestionConvertedToProcuratorate;
import cn.luzhi.events.suggestion.SuggestionDeadlineExtended;
import cn.luzhi.events.suggestion.SuggestionDiscussedWithDeputy;
import cn.luzhi.events.suggestion.SuggestionDrafted;
import cn.luzhi.events.suggestion.SuggestionFollowedUp;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionMerged;
import cn.luzhi.events.suggestion.SuggestionOverdue;
import cn.luzhi.events.suggestion.SuggestionPickedForKeySupervision;
import cn.luzhi.events.suggestion.SuggestionRated;
import cn.luzhi.events.suggestion.SuggestionReopened;
import cn.luzhi.events.suggestion.SuggestionReplied;
import cn.luzhi.events.suggestion.SuggestionReturned;
import cn.luzhi.events.suggestion.SuggestionStatus;
import cn.luzhi.events.suggestion.SuggestionSubmitted;
import cn.luzhi.events.suggestion.SuggestionUpgradedToSolved;
import cn.luzhi.events.suggestion.SuggestionUrged;
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
    static final StateField PROCURATORATE = new StateField("procuratorateId", "转为检察建议");
    static final StateField MERGED_INTO = new StateField("mergedIntoId", "并入建议");

    private static final List<StateField> FIELDS = List.of(STATUS, KIND, LEAD_DEPUTY, REGION, TITLE,
            PROCURATORATE_SOURCE, CO_SIGNERS, SESSION, SIGNERS, LEAD_UNIT, CO_UNITS, REPLY_DUE, LATEST_DUE, OVERDUE,
            ROUND, MEETINGS, RESULT, ON_TIME, SATISFACTION, URGES, KEY_LEADERS, FOLLOW_UPS, PROCURATORATE,
            MERGED_INTO);

    SuggestionFold() {
        super(CaseType.SUGGESTION, SuggestionDrafted.class, FIELDS);
    }

    @Override
    CaseState apply(CaseState state, Object event) {
        if (event instanceof SuggestionDrafted e) {
            return state.with(STATUS, SuggestionStatus.DRAFTED).with(KIND, e.kind())
                    .with(LEAD_DEPUTY, e.leadDeputyId()).with(REGION, e.regionId()).with(TITLE, e.title())
                    .with(PROCURATORATE_SOURCE, e.procuratorateReference()).with(MEETINGS, 0).with(URGES, 0);
        }
        if (event instanceof SuggestionCoSigned e) {
            return state.adding(CO_SIGNERS, e.deputyId());
        }
        if (event instanceof SuggestionSubmitted e) {
            return state.with(STATUS, SuggestionStatus.SUBMITTED).with(SESSION, e.sessionPeriod())
                    .with(SIGNERS, e.deputyCount());
        }
        if (event instanceof SuggestionAccepted) {
            return state.with(STATUS, SuggestionStatus.ACCEPTED);
        }
        if (event instanceof SuggestionReturned) {
            return state.with(STATUS, SuggestionStatus.RETURNED);
        }
        if (event instanceof SuggestionMerged e) {
            return state.with(STATUS, SuggestionStatus.MERGED).with(MERGED_INTO, e.intoSuggestionId());
        }
        if (event instanceof BillHandledAsSuggestion) {
            return state.with(STATUS, SuggestionStatus.ACCEPTED).with(KIND, SuggestionKind.SUGGESTION);
        }
        if (event instanceof SuggestionAssigned e) {
            return state.with(STATUS, SuggestionStatus.ASSIGNED).with(LEAD_UNIT, e.leadUnitId())
                    .with(CO_UNITS, e.coUnitIds()).with(REPLY_DUE, e.replyDueAt())
                    .with(LATEST_DUE, e.latestReplyDueAt()).with(OVERDUE, false).with(ROUND, 1);
        }
        if (event instanceof SuggestionDeadlineExtended e) {
            return state.with(REPLY_DUE, e.replyDueAt()).with(OVERDUE, false);
        }
        if (event instanceof SuggestionOverdue) {
            return state.with(OVERDUE, true);
        }
        if (event instanceof SuggestionDiscussedWithDeputy) {
            return state.plusOne(MEETINGS);
        }
        if (event instanceof SuggestionReplied e) {
            return state.with(STATUS, SuggestionStatus.REPLIED).with(RESULT, e.result()).with(ON_TIME, e.onTime())
                    .with(ROUND, e.round()).with(OVERDUE, false);
        }
        if (event instanceof SuggestionRated e) {
            return state.with(STATUS, SuggestionStatus.RATED).with(SATISFACTION, e.satisfaction());
        }
        if (event instanceof SuggestionReopened e) {
            return state.with(STATUS, SuggestionStatus.REHANDLING).with(ROUND, e.round())
                    .with(REPLY_DUE, e.replyDueAt()).with(LATEST_DUE, e.latestReplyDueAt()).with(OVERDUE, false);
        }
        if (event instanceof SuggestionClosed e) {
            CaseState closed = state.with(STATUS, SuggestionStatus.CLOSED);
            closed = e.result() == null ? closed : closed.with(RESULT, e.result());
            return e.satisfaction() == null ? closed : closed.with(SATISFACTION, e.satisfaction());
        }
        if (event instanceof SuggestionUrged) {
            return state.plusOne(URGES);
        }
        if (event instanceof SuggestionPickedForKeySupervision e) {
            return state.adding(KEY_LEADERS, e.leaderName());
        }
        if (event instanceof SuggestionFollowedUp e) {
            return state.adding(FOLLOW_UPS, e.year());
        }
        if (event instanceof SuggestionUpgradedToSolved) {
            return state.with(RESULT, HandlingResult.SOLVED_OR_ADOPTED);
        }
        if (event instanceof SuggestionConvertedToProcuratorate e) {
            return state.with(PROCURATORATE, e.procuratorateId());
        }
        return state;
    }
}
