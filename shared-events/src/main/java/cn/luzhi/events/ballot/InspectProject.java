package cn.luzhi.events.ballot;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Deputies inspected the project on site (视察) and their findings are recorded. That the deputies are on the
 * register is the API's rule; the project does not read the deputy records.
 */
public record InspectProject(
        @TargetAggregateIdentifier @NotNull LivelihoodProjectId projectId,
        @NotEmpty @Size(max = 100) List<@NotNull DeputyId> deputyIds,
        @NotNull LocalDate inspectedOn,
        @NotBlank @Size(max = 5000) String findings,
        @TargetAggregateVersion Long expectedVersion) {
}
