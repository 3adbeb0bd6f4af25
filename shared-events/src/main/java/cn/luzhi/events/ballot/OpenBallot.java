package cn.luzhi.events.ballot;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The congress opens the vote on the shortlisted candidates: each entitled deputy may choose at most
 * {@code maxChoices} of them until {@code closesAt}. Which deputies are entitled (the members of the
 * congress) is taken from the command; checking that list against the deputy register is left to the API.
 */
public record OpenBallot(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @NotNull @Positive Integer maxChoices,
        @NotEmpty @Size(max = 2000) List<@NotNull DeputyId> deputyIds,
        @NotNull Instant closesAt,
        @TargetAggregateVersion Long expectedVersion) {
}
