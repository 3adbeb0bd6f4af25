package cn.luzhi.events.legislation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The clerk sends the consolidated opinions {@code opinionNumbers} to the legislature that issued the draft
 * (报送意见) on {@code forwardedOn}, with a covering note.
 */
public record ForwardOpinions(
        @TargetAggregateIdentifier @NotNull LegislativeDraftId draftId,
        @NotEmpty @Size(max = 1000) List<@NotNull @Positive Integer> opinionNumbers,
        @NotNull LocalDate forwardedOn,
        @Size(max = 2000) String note,
        @TargetAggregateVersion Long expectedVersion) {
}
