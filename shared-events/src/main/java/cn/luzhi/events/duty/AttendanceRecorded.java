package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import org.axonframework.serialization.Revision;

/** The clerk recorded the deputy's attendance; {@code leaveReason} only when on leave. */
@Revision("1")
public record AttendanceRecorded(DutyActivityId activityId, DeputyId deputyId, AttendanceStatus status,
                                 String leaveReason) {
}
