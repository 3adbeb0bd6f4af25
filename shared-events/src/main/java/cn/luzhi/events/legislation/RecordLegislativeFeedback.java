package cn.luzhi.events.legislation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The clerk records the legislature's feedback (反馈采纳情况): which forwarded opinions were adopted (possibly
 * none: the list may be left out) and the legislature's note.
 */
public record RecordLegislativeFeedback(
        @TargetAggregateIdentifier @NotNull LegislativeDraftId draftId,
        @Size(max = 1000) List<@NotNull @Positive Integer> adoptedNumbers,
        @NotBlank @Size(max = 5000) String note,
        @TargetAggregateVersion Long expectedVersion) {

    public RecordLegislativeFeedback {
        adoptedNumbers = adoptedNumbers == null ? List.of() : adoptedNumbers;
    }
}
