package cn.luzhi.events.petition;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.common.Satisfaction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The petitioner rates the result; unsatisfied reopens the petition for re-handling. */
public record RatePetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotNull Satisfaction satisfaction,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
