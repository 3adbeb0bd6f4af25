package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An activity was scheduled and its deputies invited. */
@Revision("1")
public record DutyActivityScheduled(DutyActivityId activityId, DutyActivityKind kind, String title, Instant startsAt,
                                    Instant endsAt, String place, RegionId regionId, List<DeputyId> invitedDeputyIds,
                                    boolean openToAll) {
}
