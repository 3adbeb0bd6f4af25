package cn.luzhi.events.mediation;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/**
 * What someone can do to a mediation case once it exists: one per command that acts on a referred case. The
 * label is the verb a refusal uses ("不能指派调解员").
 */
public enum MediationCaseAction implements CaseAction {
    ASSIGN_MEDIATORS(AssignMediators.class, "指派调解员"),
    RELEASE_MEDIATOR(ReleaseMediator.class, "撤换调解员"),
    RECORD_SESSION(RecordMediationSession.class, "记录调解"),
    EXTEND(ExtendMediationPeriod.class, "延长调解期限"),
    SETTLE(SettleMediationCase.class, "登记调解成功"),
    FAIL(FailMediationCase.class, "登记调解不成"),
    WITHDRAW(WithdrawMediationCase.class, "撤回"),
    CONFIRM(ConfirmSettlementJudicially.class, "司法确认"),
    FOLLOW_UP(FollowUpMediationCase.class, "回访");

    private final Class<? extends Record> command;
    private final String label;

    MediationCaseAction(Class<? extends Record> command, String label) {
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

    /** The action a command performs; empty for a command that does not act on an existing case. */
    public static Optional<MediationCaseAction> of(Class<?> commandType) {
        return CaseAction.of(MediationCaseAction.class, commandType);
    }
}
