package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The clerk's roll call (点名) for one deputy; a later call corrects an earlier one while the activity is open. */
public record RecordAttendance(
        @TargetAggregateIdentifier @NotNull DutyActivityId activityId,
        @NotNull DeputyId deputyId,
        @NotNull AttendanceStatus status,
        @Size(max = 500) String leaveReason,
        @TargetAggregateVersion Long expectedVersion) {
}
