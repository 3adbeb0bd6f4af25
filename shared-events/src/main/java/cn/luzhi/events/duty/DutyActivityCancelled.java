package cn.luzhi.events.duty;

import org.axonframework.serialization.Revision;

/** The activity was called off; nobody earns points for it. */
@Revision("1")
public record DutyActivityCancelled(DutyActivityId activityId) {
}
