package cn.luzhi.events.petition;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The reply deadline is extended by the configured extension; allowed once per forwarding. */
public record ExtendPetitionDeadline(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
