package cn.luzhi.events.mediation;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A mediator of the case records a mediation session held with the parties: when, where, what happened. */
public record RecordMediationSession(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotNull DeputyId mediatorId,
        @NotNull Instant heldAt,
        @NotBlank @Size(max = 200) String place,
        @NotBlank @Size(max = 5000) String summary,
        @TargetAggregateVersion Long expectedVersion) {
}
