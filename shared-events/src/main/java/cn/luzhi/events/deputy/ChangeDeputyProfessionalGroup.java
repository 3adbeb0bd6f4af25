package cn.luzhi.events.deputy;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The deputy joins another professional group (专业代表小组). */
public record ChangeDeputyProfessionalGroup(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @NotNull ProfessionalGroup professionalGroup,
        @TargetAggregateVersion Long expectedVersion) {
}
