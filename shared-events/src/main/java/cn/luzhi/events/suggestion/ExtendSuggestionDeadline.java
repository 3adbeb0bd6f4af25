package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The reply deadline is moved to {@code replyDueAt}, never beyond the longest period allowed from assignment. */
public record ExtendSuggestionDeadline(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull Instant replyDueAt,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
