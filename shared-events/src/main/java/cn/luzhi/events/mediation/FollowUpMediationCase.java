package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Satisfaction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The parties are visited after mediation ended (回访), to see whether the dispute stays resolved;
 * {@code satisfaction} is their rating of the mediation, left out when they gave none.
 */
public record FollowUpMediationCase(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotBlank @Size(max = 5000) String note,
        Satisfaction satisfaction,
        @TargetAggregateVersion Long expectedVersion) {
}
