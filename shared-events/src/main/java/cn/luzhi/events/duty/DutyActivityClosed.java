package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The activity is over and its attendance fixed; {@code presentDeputyIds} are those it credits. */
@Revision("1")
public record DutyActivityClosed(DutyActivityId activityId, List<DeputyId> presentDeputyIds) {
}
