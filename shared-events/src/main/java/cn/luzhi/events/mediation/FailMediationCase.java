package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** No agreement could be reached (调解不成); the dispute goes back to the court for litigation. */
public record FailMediationCase(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
