package cn.luzhi.events.reception;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/** What someone can do to a recorded reception: one per command that acts on it. */
public enum ReceptionAction implements CaseAction {
    ANSWER_ISSUE(AnswerReceptionIssue.class, "答复问题"),
    TURN_INTO_PETITION(TurnReceptionIssueIntoPetition.class, "转为诉求");

    private final Class<? extends Record> command;
    private final String label;

    ReceptionAction(Class<? extends Record> command, String label) {
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

    /** The action a command performs; empty for a command that does not act on an existing reception. */
    public static Optional<ReceptionAction> of(Class<?> commandType) {
        return CaseAction.of(ReceptionAction.class, commandType);
    }
}
