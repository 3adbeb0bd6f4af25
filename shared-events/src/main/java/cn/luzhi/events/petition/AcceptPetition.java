package cn.luzhi.events.petition;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A deputy takes up the petition. */
public record AcceptPetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotNull DeputyId deputyId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
