package cn.luzhi.command.petition;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.CITIZEN;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.SUPERVISOR;
import static cn.luzhi.events.common.ActorRole.UNIT;
import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.access.Own.petitionDeputy;
import static cn.luzhi.command.access.Own.petitionForwardedToCaller;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.MergePetition;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class PetitionCommands implements CommandRoutes {

    private static final String PETITIONS = "petitions";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(PETITIONS, SubmitPetition.class, "登记民意诉求",
                        Access.by(CLERK, CITIZEN).andOwn(DEPUTY, asSelf("deputyId"))),
                action(PETITIONS, "accept", AcceptPetition.class, "代表受理诉求",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyId").and(petitionDeputy(true)))),
                action(PETITIONS, "decline", DeclinePetition.class, "代表不予受理（须说明理由）",
                        Access.by(CLERK).andOwn(DEPUTY, petitionDeputy(true))),
                action(PETITIONS, "forward", ForwardPetition.class, "转交承办单位并设定答复期限",
                        Access.by(CLERK).andOwn(DEPUTY, petitionDeputy(false))),
                action(PETITIONS, "extend", ExtendPetitionDeadline.class, "答复期限延期（每轮一次）",
                        Access.by(CLERK)),
                action(PETITIONS, "reply", ReplyToPetition.class, "承办单位答复",
                        Access.by().andOwn(UNIT, asSelf("unitId").and(petitionForwardedToCaller()))),
                action(PETITIONS, "follow-up", FollowUpPetition.class, "代表跟进回访",
                        Access.by(CLERK).andOwn(DEPUTY, petitionDeputy(false))),
                action(PETITIONS, "rate", RatePetition.class, "群众评价（不满意则重新办理）",
                        Access.by(CLERK)),
                action(PETITIONS, "close", ClosePetition.class, "办结",
                        Access.by(CLERK).andOwn(DEPUTY, petitionDeputy(false))),
                action(PETITIONS, "urge", UrgePetition.class, "督办",
                        Access.by(SUPERVISOR)),
                action(PETITIONS, "withdraw", WithdrawPetition.class, "群众撤回",
                        Access.by(CLERK)),
                action(PETITIONS, "merge", MergePetition.class, "合并重复诉求",
                        Access.by(CLERK)),
                action(PETITIONS, "record-hotline-feedback", RecordHotlineFeedback.class, "向12345热线反馈办理结果",
                        Access.by(CLERK)));
    }
}
