package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/**
 * What someone can do to a suggestion or bill once it is drafted: one per command that acts on it. The label is
 * the verb a refusal uses ("不能立案").
 */
public enum SuggestionAction implements CaseAction {
    INVITE(InviteSuggestionCoSigners.class, "邀请联名"),
    CO_SIGN(CoSignSuggestion.class, "联名"),
    SUBMIT(SubmitSuggestion.class, "提交"),
    ACCEPT(AcceptSuggestion.class, "立案"),
    RETURN(ReturnSuggestion.class, "退回"),
    MERGE(MergeSuggestion.class, "并案"),
    HANDLE_AS_SUGGESTION(HandleBillAsSuggestion.class, "转为建议处理"),
    ASSIGN(AssignSuggestion.class, "交办"),
    EXTEND(ExtendSuggestionDeadline.class, "延期"),
    MEET(DiscussSuggestionWithDeputy.class, "见面沟通"),
    OPINION(SendSuggestionOpinion.class, "提出协办意见"),
    REPLY(ReplyToSuggestion.class, "答复"),
    RATE(RateSuggestion.class, "评价"),
    CLOSE(CloseSuggestion.class, "办结"),
    URGE(UrgeSuggestion.class, "督办"),
    PICK_FOR_KEY_SUPERVISION(PickSuggestionForKeySupervision.class, "列为重点督办"),
    FOLLOW_UP(FollowUpSuggestion.class, "回头看"),
    CONVERT_TO_PROCURATORATE(ConvertSuggestionToProcuratorate.class, "转为检察建议"),
    RECORD_PROCURATORATE_OUTCOME(RecordProcuratorateOutcome.class, "记录检察转化结果");

    private final Class<? extends Record> command;
    private final String label;

    SuggestionAction(Class<? extends Record> command, String label) {
        this.command = command;
        this.label = label;
    }

    @Override
    public Class<? extends Record> command() {
        return command;
    }

    @Override
    public String label() {
        return label;
    }

    /** The action a command performs; empty for a command that does not act on an existing suggestion. */
    public static Optional<SuggestionAction> of(Class<?> commandType) {
        return CaseAction.of(SuggestionAction.class, commandType);
    }
}
