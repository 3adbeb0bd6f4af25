package cn.luzhi.events.petition;

import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A handling unit the petition was forwarded to replies. */
public record ReplyToPetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotNull HandlingUnitId unitId,
        @NotBlank @Size(max = 5000) String reply,
        @TargetAggregateVersion Long expectedVersion) {
}
