package cn.luzhi.events.ballot;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An entitled deputy present at the vote checks in (签到) and receives a ballot paper code, which is the
 * handler's result and nowhere else: no event says which paper went to whom. That the deputy sending this
 * is {@code deputyId} in person is the API's rule, since whoever checks in holds the paper.
 */
public record CheckInForBallot(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @NotNull DeputyId deputyId,
        @TargetAggregateVersion Long expectedVersion) {
}
