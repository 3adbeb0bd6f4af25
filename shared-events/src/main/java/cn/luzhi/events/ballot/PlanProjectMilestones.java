package cn.luzhi.events.ballot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The implementing department sets out the project's milestones; a new plan replaces the previous one. */
public record PlanProjectMilestones(
        @TargetAggregateIdentifier @NotNull LivelihoodProjectId projectId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ProjectMilestone> milestones,
        @TargetAggregateVersion Long expectedVersion) {
}
