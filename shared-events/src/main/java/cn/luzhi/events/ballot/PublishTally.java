package cn.luzhi.events.ballot;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The result of a closed ballot is counted and published; each approved candidate becomes a project. */
public record PublishTally(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @TargetAggregateVersion Long expectedVersion) {
}
