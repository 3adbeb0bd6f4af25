package cn.luzhi.command.reception;

import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.access.Own.receptionDeputy;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.reception.AnswerReceptionIssue;
import cn.luzhi.events.reception.RecordReception;
import cn.luzhi.events.reception.TurnReceptionIssueIntoPetition;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ReceptionCommands implements CommandRoutes {

    private static final String RECEPTIONS = "receptions";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(RECEPTIONS, RecordReception.class, "登记一次进家接待（时间、接待代表、群众人数、反映问题）",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyIds"))),
                action(RECEPTIONS, "answer-issue", AnswerReceptionIssue.class, "答复接待中未当场答复的问题",
                        Access.by(CLERK).andOwn(DEPUTY, receptionDeputy())),
                action(RECEPTIONS, "turn-into-petition", TurnReceptionIssueIntoPetition.class,
                        "将接待中反映的问题转为诉求（进站接待）",
                        Access.by(CLERK).andOwn(DEPUTY, receptionDeputy())));
    }
}
