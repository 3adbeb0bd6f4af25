package cn.luzhi.events.reception;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An open issue of a reception becomes a petition (进站接待), taken up by one of the deputies who received: the
 * petitioner's details and the petition's region and title are given here, its content is the issue's text.
 */
public record TurnReceptionIssueIntoPetition(
        @TargetAggregateIdentifier @NotNull ReceptionId receptionId,
        @Min(1) int issueNumber,
        @NotNull DeputyId deputyId,
        @NotNull RegionId regionId,
        @NotNull @Valid PersonDetails petitioner,
        @NotBlank @Size(max = 100) String title,
        @TargetAggregateVersion Long expectedVersion) {
}
