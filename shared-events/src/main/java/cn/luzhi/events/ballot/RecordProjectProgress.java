package cn.luzhi.events.ballot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The implementing department reports how far the project is, and the milestone reached if one was. */
public record RecordProjectProgress(
        @TargetAggregateIdentifier @NotNull LivelihoodProjectId projectId,
        @NotNull @Min(0) @Max(100) Integer percent,
        @NotBlank @Size(max = 2000) String note,
        @Size(max = 100) String milestone,
        @TargetAggregateVersion Long expectedVersion) {
}
