package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import org.axonframework.serialization.Revision;

/** The deputy checked in at the activity on its day: present. */
@Revision("1")
public record DeputyCheckedInToActivity(DutyActivityId activityId, DeputyId deputyId) {
}
