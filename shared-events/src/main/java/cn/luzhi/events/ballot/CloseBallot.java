package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The presiding clerk closes the vote, before its closing time if every present deputy has voted. */
public record CloseBallot(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
