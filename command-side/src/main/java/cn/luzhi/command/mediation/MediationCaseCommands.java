package cn.luzhi.command.mediation;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.UNIT;
import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.access.Own.mediator;
import static cn.luzhi.command.access.Own.referringCourt;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ConfirmSettlementJudicially;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.ReleaseMediator;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.mediation.WithdrawMediationCase;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class MediationCaseCommands implements CommandRoutes {

    private static final String MEDIATION_CASES = "mediation-cases";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(MEDIATION_CASES, ReferMediationCase.class, "法院委派诉前调解案件",
                        Access.by(CLERK).andOwn(UNIT, asSelf("courtId"))),
                action(MEDIATION_CASES, "assign-mediators", AssignMediators.class, "从调解员库指派代表调解员",
                        Access.by(CLERK)),
                action(MEDIATION_CASES, "release-mediator", ReleaseMediator.class, "撤换调解员（须说明理由）",
                        Access.by(CLERK)),
                action(MEDIATION_CASES, "record-session", RecordMediationSession.class, "记录一次调解（时间、地点、经过）",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("mediatorId").and(mediator()))),
                action(MEDIATION_CASES, "extend", ExtendMediationPeriod.class, "延长调解期限（仅限一次）",
                        Access.by(CLERK)),
                action(MEDIATION_CASES, "settle", SettleMediationCase.class, "登记调解成功（调解协议及金额）",
                        Access.by(CLERK).andOwn(DEPUTY, mediator())),
                action(MEDIATION_CASES, "fail", FailMediationCase.class, "登记调解不成，转入诉讼",
                        Access.by(CLERK).andOwn(DEPUTY, mediator())),
                action(MEDIATION_CASES, "withdraw", WithdrawMediationCase.class, "当事人撤回调解",
                        Access.by(CLERK)),
                action(MEDIATION_CASES, "confirm-judicially", ConfirmSettlementJudicially.class,
                        "调解协议司法确认",
                        Access.by().andOwn(UNIT, referringCourt())),
                action(MEDIATION_CASES, "follow-up", FollowUpMediationCase.class, "调解结束后回访当事人",
                        Access.by(CLERK).andOwn(DEPUTY, mediator())));
    }
}
