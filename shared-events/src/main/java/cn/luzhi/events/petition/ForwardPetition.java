package cn.luzhi.events.petition;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The deputy forwards the petition to one or more handling units. Without {@code replyDueAt} the units
 * get the configured reply period (60 days by default).
 */
public record ForwardPetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotEmpty @Size(max = 20) List<@NotNull HandlingUnitId> unitIds,
        Instant replyDueAt,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
