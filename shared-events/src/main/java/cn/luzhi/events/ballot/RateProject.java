package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The result of the satisfaction assessment (满意度测评) of a completed project, as counts of raters. It is
 * recorded as counts, not per deputy, because the assessment is an anonymous vote like the ballot itself
 * and the published figure is a satisfaction rate; per-deputy ratings would name each rater's opinion.
 */
public record RateProject(
        @TargetAggregateIdentifier @NotNull LivelihoodProjectId projectId,
        @NotNull @PositiveOrZero Integer satisfied,
        @NotNull @PositiveOrZero Integer basicallySatisfied,
        @NotNull @PositiveOrZero Integer unsatisfied,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
