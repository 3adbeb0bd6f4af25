package cn.luzhi.events.legislation;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The clerk ends the comment period before its closing date (the closing date ends it by itself). */
public record CloseCommentPeriod(
        @TargetAggregateIdentifier @NotNull LegislativeDraftId draftId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
