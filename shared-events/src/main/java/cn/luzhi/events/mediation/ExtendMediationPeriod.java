package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The parties agree to go on mediating: the period is extended by the configured extension, once. */
public record ExtendMediationPeriod(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
