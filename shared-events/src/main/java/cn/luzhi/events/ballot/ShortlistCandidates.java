package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The government shortlists (初定) the candidates that go to the vote, in the order they will appear on
 * the ballot paper. A later shortlist replaces an earlier one until the ballot opens.
 */
public record ShortlistCandidates(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @NotEmpty @Size(max = 100)
        List<@NotNull @Size(max = 32) @Pattern(regexp = CandidateIds.PATTERN, message = CandidateIds.MESSAGE) String>
                candidateIds,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
