package cn.luzhi.events.petition;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/**
 * What someone can do to a petition once it exists: one per command that acts on a petition. The label is the
 * verb a refusal uses ("不能受理").
 */
public enum PetitionAction implements CaseAction {
    ACCEPT(AcceptPetition.class, "受理"),
    DECLINE(DeclinePetition.class, "不予受理"),
    FORWARD(ForwardPetition.class, "转办"),
    EXTEND(ExtendPetitionDeadline.class, "延期"),
    REPLY(ReplyToPetition.class, "答复"),
    FOLLOW_UP(FollowUpPetition.class, "跟进"),
    RATE(RatePetition.class, "评价"),
    CLOSE(ClosePetition.class, "办结"),
    URGE(UrgePetition.class, "督办"),
    WITHDRAW(WithdrawPetition.class, "撤回"),
    MERGE(MergePetition.class, "合并"),
    HOTLINE_FEEDBACK(RecordHotlineFeedback.class, "反馈12345");

    private final Class<? extends Record> command;
    private final String label;

    PetitionAction(Class<? extends Record> command, String label) {
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

    /** The action a command performs; empty for a command that does not act on an existing petition. */
    public static Optional<PetitionAction> of(Class<?> commandType) {
        return CaseAction.of(PetitionAction.class, commandType);
    }
}
