package cn.luzhi.events.legislation;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The clerk merges duplicate opinions into one that stays (合并重复意见), saying why. */
public record MergeOpinions(
        @TargetAggregateIdentifier @NotNull LegislativeDraftId draftId,
        @NotEmpty @Size(max = 200) List<@NotNull @Positive Integer> duplicateNumbers,
        @NotNull @Positive Integer intoNumber,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
