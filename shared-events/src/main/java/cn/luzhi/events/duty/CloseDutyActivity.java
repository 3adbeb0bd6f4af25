package cn.luzhi.events.duty;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Close the activity once it has begun: its attendance is fixed and the deputies present earn their points. */
public record CloseDutyActivity(
        @TargetAggregateIdentifier @NotNull DutyActivityId activityId,
        @TargetAggregateVersion Long expectedVersion) {
}
