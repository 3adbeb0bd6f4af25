package cn.luzhi.command.suggestion;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.LEADER;
import static cn.luzhi.events.common.ActorRole.SUPERVISOR;
import static cn.luzhi.events.common.ActorRole.UNIT;
import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.access.Own.suggestionAssignedToCaller;
import static cn.luzhi.command.access.Own.suggestionLeadDeputy;
import static cn.luzhi.command.access.Own.suggestionProcuratorate;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.InviteSuggestionCoSigners;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.HandleBillAsSuggestion;
import cn.luzhi.events.suggestion.MergeSuggestion;
import cn.luzhi.events.suggestion.PickSuggestionForKeySupervision;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.RecordProcuratorateOutcome;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.ReturnSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class SuggestionCommands implements CommandRoutes {

    private static final String SUGGESTIONS = "suggestions";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(SUGGESTIONS, DraftSuggestion.class, "领衔代表起草建议或议案（可注明所转化的检察建议文号）",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("leadDeputyId"))),
                action(SUGGESTIONS, "invite", InviteSuggestionCoSigners.class, "领衔代表邀请其他代表联名，仅限提交前",
                        Access.by(CLERK).andOwn(DEPUTY, suggestionLeadDeputy())),
                action(SUGGESTIONS, "co-sign", CoSignSuggestion.class, "代表联名（附议），仅限提交前",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyId"))),
                action(SUGGESTIONS, "submit", SubmitSuggestion.class, "提交建议或议案（大会期间或闭会期间）",
                        Access.by(CLERK).andOwn(DEPUTY, suggestionLeadDeputy())),
                action(SUGGESTIONS, "accept", AcceptSuggestion.class, "代表工委审查：立案",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "return", ReturnSuggestion.class, "代表工委审查：退回并说明理由",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "merge", MergeSuggestion.class, "代表工委审查：并入另一件建议",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "handle-as-suggestion", HandleBillAsSuggestion.class,
                        "议案不列入议程，转为建议处理",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "assign", AssignSuggestion.class, "交办主办单位和协办单位并设定答复期限",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "extend", ExtendSuggestionDeadline.class, "答复期限延期（不超过最长办理期限）",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "meet", DiscussSuggestionWithDeputy.class, "承办单位与代表见面沟通",
                        Access.by().andOwn(UNIT, asSelf("unitId").and(suggestionAssignedToCaller()))),
                action(SUGGESTIONS, "opinion", SendSuggestionOpinion.class, "协办单位向主办单位提出协办意见",
                        Access.by().andOwn(UNIT, asSelf("unitId").and(suggestionAssignedToCaller()))),
                action(SUGGESTIONS, "reply", ReplyToSuggestion.class, "主办单位答复并确定A、B、C类办理结果",
                        Access.by().andOwn(UNIT, asSelf("unitId").and(suggestionAssignedToCaller()))),
                action(SUGGESTIONS, "rate", RateSuggestion.class, "领衔代表评价答复（不满意则重新办理一次）",
                        Access.by(CLERK).andOwn(DEPUTY, suggestionLeadDeputy())),
                action(SUGGESTIONS, "close", CloseSuggestion.class, "办结",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "urge", UrgeSuggestion.class, "督办",
                        Access.by(SUPERVISOR)),
                action(SUGGESTIONS, "key-supervision", PickSuggestionForKeySupervision.class, "领导领衔重点督办",
                        Access.by(LEADER, SUPERVISOR)),
                action(SUGGESTIONS, "follow-up", FollowUpSuggestion.class,
                        "B类建议回头看（每年一次，记录结果）",
                        Access.by(CLERK, SUPERVISOR)),
                action(SUGGESTIONS, "convert-to-procuratorate", ConvertSuggestionToProcuratorate.class,
                        "转为公益诉讼检察建议（双向衔接转化）",
                        Access.by(CLERK)),
                action(SUGGESTIONS, "procuratorate-outcome", RecordProcuratorateOutcome.class,
                        "记录检察转化结果",
                        Access.by(CLERK).andOwn(UNIT, suggestionProcuratorate())));
    }
}
