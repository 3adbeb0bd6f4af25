package cn.luzhi.query.audit;

import cn.luzhi.events.petition.PetitionAccepted;
import cn.luzhi.events.petition.PetitionClosed;
import cn.luzhi.events.petition.PetitionDeadlineExtended;
import cn.luzhi.events.petition.PetitionDeclined;
import cn.luzhi.events.petition.PetitionFollowedUp;
import cn.luzhi.events.petition.PetitionForwarded;
import cn.luzhi.events.petition.PetitionMerged;
import cn.luzhi.events.petition.PetitionOverdue;
import cn.luzhi.events.petition.PetitionRated;
import cn.luzhi.events.petition.PetitionReopened;
import cn.luzhi.events.petition.PetitionReplied;
import cn.luzhi.events.petition.PetitionStatus;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.petition.PetitionUrged;
import cn.luzhi.events.petition.PetitionWithdrawn;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/** A petition's (民意诉求) state, event by event. */
final class PetitionFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField SOURCE = new StateField("source", "来源");
    static final StateField STATION = new StateField("stationId", "联络站");
    static final StateField DEPUTY = new StateField("deputyId", "联系代表");
    static final StateField PETITIONER = new StateField("petitioner", "诉求人（个人信息编号）");
    static final StateField TITLE = new StateField("title", "标题");
    static final StateField UNITS = new StateField("unitIds", "承办单位");
    static final StateField UNITS_AWAITED = new StateField("unitsAwaited", "待答复单位");
    static final StateField REPLY_DUE = new StateField("replyDueAt", "答复期限");
    static final StateField EXTENDED = new StateField("extendedThisRound", "本轮已延期");
    static final StateField OVERDUE = new StateField("overdue", "已逾期");
    static final StateField ROUND = new StateField("round", "办理轮次");
    static final StateField SATISFACTION = new StateField("satisfaction", "满意度");
    static final StateField URGES = new StateField("urgeCount", "督办次数");
    static final StateField MERGED_INTO = new StateField("mergedIntoId", "合并至诉求");

    private static final List<StateField> FIELDS = List.of(STATUS, SOURCE, REGION, STATION, DEPUTY, PETITIONER,
            TITLE, UNITS, UNITS_AWAITED, REPLY_DUE, EXTENDED, OVERDUE, ROUND, SATISFACTION, URGES, MERGED_INTO);

    PetitionFold() {
        super(CaseType.PETITION, PetitionSubmitted.class, FIELDS);
    }

    @Override
    CaseState apply(CaseState state, Object event) {
        if (event instanceof PetitionSubmitted e) {
            return state.with(STATUS, PetitionStatus.SUBMITTED).with(SOURCE, e.source()).with(REGION, e.regionId())
                    .with(STATION, e.stationId()).with(DEPUTY, e.deputyId()).with(PETITIONER, e.petitioner())
                    .with(TITLE, e.title()).with(ROUND, 1).with(URGES, 0);
        }
        if (event instanceof PetitionAccepted e) {
            return state.with(STATUS, PetitionStatus.ACCEPTED).with(DEPUTY, e.deputyId());
        }
        if (event instanceof PetitionDeclined) {
            return state.with(STATUS, PetitionStatus.DECLINED);
        }
        if (event instanceof PetitionForwarded e) {
            // Each forwarding starts a round of its own: these units, this deadline, one extension allowed.
            return state.with(STATUS, PetitionStatus.FORWARDED).with(UNITS, e.unitIds())
                    .with(UNITS_AWAITED, e.unitIds()).with(REPLY_DUE, e.replyDueAt()).with(EXTENDED, false)
                    .with(OVERDUE, false);
        }
        if (event instanceof PetitionDeadlineExtended e) {
            return state.with(REPLY_DUE, e.replyDueAt()).with(EXTENDED, true).with(OVERDUE, false);
        }
        if (event instanceof PetitionOverdue) {
            return state.with(OVERDUE, true);
        }
        if (event instanceof PetitionReplied e) {
            CaseState replied = state.removing(UNITS_AWAITED, e.unitId());
            return replied.get(UNITS_AWAITED) == null || e.allUnitsReplied()
                    ? replied.with(STATUS, PetitionStatus.REPLIED).with(OVERDUE, false)
                    : replied;
        }
        if (event instanceof PetitionFollowedUp) {
            return state.with(STATUS, PetitionStatus.FOLLOWED_UP);
        }
        if (event instanceof PetitionRated e) {
            return state.with(STATUS, PetitionStatus.RATED).with(SATISFACTION, e.satisfaction());
        }
        if (event instanceof PetitionReopened) {
            // Counted here rather than copied from the event, so the first handling is round 1 whatever the
            // event's own numbering.
            return state.with(STATUS, PetitionStatus.REOPENED).plusOne(ROUND).with(OVERDUE, false);
        }
        if (event instanceof PetitionClosed e) {
            CaseState closed = state.with(STATUS, PetitionStatus.CLOSED);
            return e.satisfaction() == null ? closed : closed.with(SATISFACTION, e.satisfaction());
        }
        if (event instanceof PetitionUrged) {
            return state.plusOne(URGES);
        }
        if (event instanceof PetitionWithdrawn) {
            return state.with(STATUS, PetitionStatus.WITHDRAWN);
        }
        if (event instanceof PetitionMerged e) {
            return state.with(STATUS, PetitionStatus.MERGED).with(MERGED_INTO, e.intoPetitionId());
        }
        return state;
    }
}
