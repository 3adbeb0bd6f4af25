package cn.luzhi.events.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The court confirmed the mediation agreement by a ruling (司法确认), making it enforceable. */
public record ConfirmSettlementJudicially(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotBlank @Size(max = 50) String rulingNumber,
        @TargetAggregateVersion Long expectedVersion) {
}
