package cn.luzhi.events.petition;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The petition is closed (办结) once replied, followed up or rated. */
public record ClosePetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
