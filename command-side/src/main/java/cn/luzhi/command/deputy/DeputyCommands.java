package cn.luzhi.command.deputy;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.ADMIN;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.deputy.AddDeputyToMediatorPool;
import cn.luzhi.events.deputy.ChangeDeputyProfessionalGroup;
import cn.luzhi.events.deputy.EndDeputyTerm;
import cn.luzhi.events.deputy.RegisterDeputy;
import cn.luzhi.events.deputy.ReissueDeputyQrCode;
import cn.luzhi.events.deputy.RemoveDeputyFromMediatorPool;
import cn.luzhi.events.deputy.TerminateDeputyMandate;
import cn.luzhi.events.deputy.TransferDeputy;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class DeputyCommands implements CommandRoutes {

    private static final String DEPUTIES = "deputies";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(DEPUTIES, RegisterDeputy.class, "登记人大代表，并生成代表码",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "transfer", TransferDeputy.class, "代表转站",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "change-professional-group", ChangeDeputyProfessionalGroup.class,
                        "调整代表所在的专业代表小组",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "reissue-qr-code", ReissueDeputyQrCode.class, "重新生成代表码（旧码随即失效）",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "join-mediator-pool", AddDeputyToMediatorPool.class, "代表加入调解员库",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "leave-mediator-pool", RemoveDeputyFromMediatorPool.class, "代表移出调解员库",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "end-term", EndDeputyTerm.class, "代表任期届满",
                        Access.by(ADMIN, CLERK)),
                action(DEPUTIES, "terminate", TerminateDeputyMandate.class,
                        "终止代表资格（辞职、罢免、去世、迁出或其他原因）",
                        Access.by(ADMIN, CLERK)));
    }
}
