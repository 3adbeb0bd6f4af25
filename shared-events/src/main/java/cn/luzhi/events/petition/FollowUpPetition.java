package cn.luzhi.events.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy follows up on the units' replies with the petitioner. */
public record FollowUpPetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotBlank @Size(max = 5000) String note,
        @TargetAggregateVersion Long expectedVersion) {
}
