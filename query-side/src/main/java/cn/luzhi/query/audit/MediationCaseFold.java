package cn.luzhi.query.audit;

import cn.luzhi.events.mediation.MediationCaseFailed;
import cn.luzhi.events.mediation.MediationCaseFollowedUp;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseSettled;
import cn.luzhi.events.mediation.MediationCaseStatus;
import cn.luzhi.events.mediation.MediationCaseWithdrawn;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.MediationPeriodExtended;
import cn.luzhi.events.mediation.MediationSessionHeld;
import cn.luzhi.events.mediation.MediatorReleased;
import cn.luzhi.events.mediation.MediatorsAssigned;
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

    @Override
    CaseState apply(CaseState state, Object event) {
        if (event instanceof MediationCaseReferred e) {
            return state.with(STATUS, MediationCaseStatus.REFERRED).with(COURT, e.courtId())
                    .with(DISPUTE, e.disputeType()).with(REGION, e.regionId()).with(PARTIES, e.parties())
                    .with(AMOUNT, e.amountInDispute()).with(DUE, e.mediationDueAt()).with(EXTENSIONS, 0)
                    .with(OVERDUE, false).with(SESSIONS, 0).with(FOLLOWED_UP, false);
        }
        if (event instanceof MediatorsAssigned e) {
            CaseState assigned = state.with(STATUS, MediationCaseStatus.MEDIATING);
            for (var deputy : e.deputyIds()) {
                assigned = assigned.adding(MEDIATORS, deputy);
            }
            return assigned;
        }
        if (event instanceof MediatorReleased e) {
            return state.removing(MEDIATORS, e.deputyId());
        }
        if (event instanceof MediationSessionHeld e) {
            return state.with(SESSIONS, e.sessionNumber());
        }
        if (event instanceof MediationPeriodExtended e) {
            return state.with(DUE, e.mediationDueAt()).plusOne(EXTENSIONS).with(OVERDUE, false);
        }
        if (event instanceof MediationOverdue) {
            return state.with(OVERDUE, true);
        }
        if (event instanceof MediationCaseSettled e) {
            return state.with(STATUS, MediationCaseStatus.SETTLED).with(SETTLED_AMOUNT, e.settledAmount());
        }
        if (event instanceof MediationCaseFailed) {
            return state.with(STATUS, MediationCaseStatus.FAILED);
        }
        if (event instanceof MediationCaseWithdrawn) {
            return state.with(STATUS, MediationCaseStatus.WITHDRAWN);
        }
        if (event instanceof SettlementJudiciallyConfirmed e) {
            return state.with(RULING, e.rulingNumber());
        }
        if (event instanceof MediationCaseFollowedUp e) {
            return state.with(FOLLOWED_UP, true).with(FOLLOW_UP_SATISFACTION, e.satisfaction());
        }
        return state;
    }
}
