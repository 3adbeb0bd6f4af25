package cn.luzhi.events.ballot;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A candidate project proposed by citizens, deputies or the government is recorded (征集). The proposer is
 * named only by kind: a citizen's name is personal data and the ballot does not need it.
 */
public record CollectCandidate(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @NotNull @Size(max = 32) @Pattern(regexp = CandidateIds.PATTERN, message = CandidateIds.MESSAGE)
        String candidateId,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotNull ProposerKind proposerKind,
        @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal estimatedBudget,
        @TargetAggregateVersion Long expectedVersion) {
}
