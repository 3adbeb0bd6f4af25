package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A deputy checks in by scanning the activity's QR code (扫码签到), in their own name. */
public record CheckInToDutyActivity(
        @TargetAggregateIdentifier @NotNull DutyActivityId activityId,
        @NotNull DeputyId deputyId) {
}
