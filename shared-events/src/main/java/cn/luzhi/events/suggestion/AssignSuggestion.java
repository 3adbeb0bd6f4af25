package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The accepted suggestion is assigned (交办) to a lead unit (主办) and any co-units (协办); the reply is due after
 * the statutory period. {@code coUnitIds} may be null or empty when the lead unit handles it alone.
 */
public record AssignSuggestion(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull HandlingUnitId leadUnitId,
        @Size(max = 20) List<@NotNull HandlingUnitId> coUnitIds,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
