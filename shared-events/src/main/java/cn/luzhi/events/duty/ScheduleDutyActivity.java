package cn.luzhi.events.duty;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedule an activity in {@code regionId} from {@code startsAt} to {@code endsAt} and invite deputies to it;
 * {@code openToAll} lets any deputy check in (a training or an open survey), not only those invited.
 */
public record ScheduleDutyActivity(
        @TargetAggregateIdentifier @NotNull DutyActivityId activityId,
        @NotNull DutyActivityKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotBlank @Size(max = 200) String place,
        @NotNull RegionId regionId,
        @NotNull @Size(max = 500) List<@NotNull DeputyId> invitedDeputyIds,
        boolean openToAll) {
}
