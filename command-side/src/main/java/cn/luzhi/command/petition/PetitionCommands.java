package cn.luzhi.command.petition;

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
                create(PETITIONS, SubmitPetition.class, "登记民意诉求"),
                action(PETITIONS, "accept", AcceptPetition.class, "代表受理诉求"),
                action(PETITIONS, "decline", DeclinePetition.class, "代表不予受理（须说明理由）"),
                action(PETITIONS, "forward", ForwardPetition.class, "转交承办单位并设定答复期限"),
                action(PETITIONS, "extend", ExtendPetitionDeadline.class, "答复期限延期（每轮一次）"),
                action(PETITIONS, "reply", ReplyToPetition.class, "承办单位答复"),
                action(PETITIONS, "follow-up", FollowUpPetition.class, "代表跟进回访"),
                action(PETITIONS, "rate", RatePetition.class, "群众评价（不满意则重新办理）"),
                action(PETITIONS, "close", ClosePetition.class, "办结"),
                action(PETITIONS, "urge", UrgePetition.class, "督办"),
                action(PETITIONS, "withdraw", WithdrawPetition.class, "群众撤回"),
                action(PETITIONS, "merge", MergePetition.class, "合并重复诉求"));
    }
}
