package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deputies from the mediator pool are assigned to mediate the case, alongside any already assigned.
 * That they are in the pool is checked by the API against the deputy register, not by the case.
 */
public record AssignMediators(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotEmpty @Size(max = 10) List<@NotNull DeputyId> deputyIds,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
