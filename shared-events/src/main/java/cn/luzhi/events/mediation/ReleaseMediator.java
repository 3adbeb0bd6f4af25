package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A mediator is taken off the case (withdrawal, conflict of interest, illness); the reason is required. */
public record ReleaseMediator(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotNull DeputyId deputyId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
