package cn.luzhi.events.ballot;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/**
 * What someone can do to a ballot once it exists: one per command that acts on a created ballot. The label is
 * the verb a refusal uses ("不能开始投票").
 */
public enum BallotAction implements CaseAction {
    COLLECT(CollectCandidate.class, "征集候选项目"),
    SHORTLIST(ShortlistCandidates.class, "初定候选项目"),
    OPEN(OpenBallot.class, "开始投票"),
    CHECK_IN(CheckInForBallot.class, "签到"),
    VOTE(CastVote.class, "投票"),
    CLOSE(CloseBallot.class, "截止投票"),
    PUBLISH(PublishTally.class, "公布结果");

    private final Class<? extends Record> command;
    private final String label;

    BallotAction(Class<? extends Record> command, String label) {
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

    /** The action a command performs; empty for a command that does not act on an existing ballot. */
    public static Optional<BallotAction> of(Class<?> commandType) {
        return CaseAction.of(BallotAction.class, commandType);
    }
}
