package cn.luzhi.query.audit;

import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.SettlementJudiciallyConfirmed;
import cn.luzhi.query.common.CaseType;
import java.util.List;

/** A pre-litigation mediation case's (诉前调解) state, event by event. */
final class MediationCaseFold extends CaseFold {

    static final StateField STATUS = new StateField("status", "状态");
    static final StateField COURT = new StateField("courtId", "委派法院");
    static final StateField DISPUTE = new StateField("disputeType", "纠纷类型");
    static final StateField PARTIES = new StateField("parties", "当事人（个人信息编号）");
    static final StateField AMOUNT = new StateField("amountInDispute", "争议金额（元）");
    static final StateField DUE = new StateField("mediationDueAt", "调解期限");
    static final StateField EXTENSIONS = new StateField("extensionCount", "延期次数");
    static final StateField OVERDUE = new StateField("overdue", "已逾期");
    static final StateField MEDIATORS = new StateField("mediatorIds", "调解员");
    static final StateField SESSIONS = new StateField("sessionCount", "调解次数");
    static final StateField SETTLED_AMOUNT = new StateField("settledAmount", "调解金额（元）");
    static final StateField RULING = new StateField("rulingNumber", "司法确认裁定书");
    static final StateField FOLLOWED_UP = new StateField("followedUp", "已回访");
    static final StateField FOLLOW_UP_SATISFACTION = new StateField("followUpSatisfaction", "回访满意度");

    private static final List<StateField> FIELDS = List.of(STATUS, COURT, DISPUTE, REGION, PARTIES, AMOUNT, DUE,
            EXTENSIONS, OVERDUE, MEDIATORS, SESSIONS, SETTLED_AMOUNT, RULING, FOLLOWED_UP, FOLLOW_UP_SATISFACTION);

    MediationCaseFold() {
        super(CaseType.MEDIATION, MediationCaseReferred.class, FIELDS);
    }

    /**
     * The shown fields are the lifecycle's state after the event, plus what the events said that no rule needs
     * (the dispute, the parties, the amounts, the ruling, the visit's rating).
     */
    @Override
    CaseState apply(CaseState state, Object event) {
        MediationCaseState after = MediationCaseLifecycle.evolve(
                state.lifecycle(MediationCaseState.class, MediationCaseState.NONE), event);
        CaseState shown = state;
        if (event instanceof MediationCaseReferred e) {
            shown = shown.with(DISPUTE, e.disputeType()).with(REGION, e.regionId()).with(PARTIES, e.parties())
                    .with(AMOUNT, e.amountInDispute());
        } else if (event instanceof MediationCaseSettled e) {
            shown = shown.with(SETTLED_AMOUNT, e.settledAmount());
        } else if (event instanceof SettlementJudiciallyConfirmed e) {
            shown = shown.with(RULING, e.rulingNumber());
        } else if (event instanceof MediationCaseFollowedUp e) {
            shown = shown.with(FOLLOW_UP_SATISFACTION, e.satisfaction());
        }
        if (!after.exists()) {
            return state;
        }
        return shown.withLifecycle(after).with(STATUS, after.status()).with(COURT, after.courtId())
                .with(DUE, after.mediationDueAt()).with(EXTENSIONS, after.extensions())
                .with(OVERDUE, after.overdue()).with(MEDIATORS, after.mediators())
                .with(SESSIONS, after.sessionsHeld()).with(FOLLOWED_UP, after.followedUp());
    }
}
