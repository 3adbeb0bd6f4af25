package cn.luzhi.events.petition;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** This petition duplicates another: it is merged into that one and handled there. */
public record MergePetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotNull PetitionId intoPetitionId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
