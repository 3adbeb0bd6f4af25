package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The project is declared complete (完工); allowed once its progress is 100%. */
public record CompleteProject(
        @TargetAggregateIdentifier @NotNull LivelihoodProjectId projectId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
