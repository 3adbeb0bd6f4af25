package cn.luzhi.events.legislation;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/** What someone can do to a draft once it is open for comment; the label is the verb a refusal uses. */
public enum LegislativeDraftAction implements CaseAction {
    COLLECT_OPINION(CollectOpinion.class, "收集意见"),
    MERGE_OPINIONS(MergeOpinions.class, "合并重复意见"),
    CLOSE_COMMENT(CloseCommentPeriod.class, "截止征求意见"),
    FORWARD_OPINIONS(ForwardOpinions.class, "报送意见"),
    RECORD_FEEDBACK(RecordLegislativeFeedback.class, "登记采纳情况");

    private final Class<? extends Record> command;
    private final String label;

    LegislativeDraftAction(Class<? extends Record> command, String label) {
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

    /** The action a command performs; empty for a command that does not act on an existing draft. */
    public static Optional<LegislativeDraftAction> of(Class<?> commandType) {
        return CaseAction.of(LegislativeDraftAction.class, commandType);
    }
}
