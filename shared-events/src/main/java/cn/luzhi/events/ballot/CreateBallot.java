package cn.luzhi.events.ballot;

import cn.luzhi.events.region.RegionId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A region starts its yearly ballot on livelihood projects and opens the collection of candidates (征集). */
public record CreateBallot(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @NotNull RegionId regionId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull BallotLevel level,
        @NotBlank @Size(max = 100) String title) {
}
