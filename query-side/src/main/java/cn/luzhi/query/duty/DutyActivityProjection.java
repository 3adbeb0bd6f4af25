package cn.luzhi.query.duty;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityCancelled;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityLifecycle;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.duty.DutyActivityState;
import cn.luzhi.query.activity.DeputyActivityProjection;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.ProjectedRow;
import cn.luzhi.query.common.ReadModelTables;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deputies' activities (履职活动) and their roll calls, for the clerk's list and case page and the deputy's phone.
 * The status comes from {@link DutyActivityLifecycle}; the row adds what the pages show beyond it.
 */
@Component
@ReadModelTables(value = {"duty_activity", "duty_attendance"},
        aggregateRows = @ReadModelTables.AggregateRows(type = "DutyActivity", table = "duty_activity",
                key = "activity_id", folded = {"status", "region_id"}))
// The deputies' activity processor: an activity and the points it earns move together, on one connection.
@ProcessingGroup(DeputyActivityProjection.PROCESSING_GROUP)
public class DutyActivityProjection {

    private final EntityManager entityManager;
    private final ApplicationEventPublisher changes;

    public DutyActivityProjection(EntityManager entityManager, ApplicationEventPublisher changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @EventHandler
    void on(DutyActivityScheduled event, TrackedEventMessage<?> message) {
        EventContext context = EventContext.of(message);
        DutyActivityRow row = new DutyActivityRow(event.activityId().value(), context.globalIndex());
        row.kind = event.kind();
        row.title = event.title();
        row.startsAt = event.startsAt();
        row.endsAt = event.endsAt();
        row.place = event.place();
        row.regionId = event.regionId().value();
        row.openToAll = event.openToAll();
        row.status = DutyActivityLifecycle.evolve(DutyActivityState.NONE, event).status();
        row.scheduledAt = context.at();
        event.invitedDeputyIds().stream().map(DeputyId::value).distinct()
                .forEach(deputy -> row.attendance.add(new AttendanceEntry(deputy, true)));
        row.invited = row.attendance.size();
        if (ProjectedRow.create(entityManager, DutyActivityRow.class, row.activityId, row)) {
            announce(row, context, event);
        }
    }

    @EventHandler
    void on(AttendanceRecorded event, TrackedEventMessage<?> message) {
        update(event.activityId(), message, event, (row, context) -> {
            AttendanceEntry entry = row.entryOf(event.deputyId().value());
            entry.status = event.status();
            entry.leaveReason = event.leaveReason();
            entry.recordedAt = context.at();
        });
    }

    @EventHandler
    void on(DeputyCheckedInToActivity event, TrackedEventMessage<?> message) {
        update(event.activityId(), message, event, (row, context) -> {
            AttendanceEntry entry = row.entryOf(event.deputyId().value());
            entry.status = AttendanceStatus.PRESENT;
            entry.leaveReason = null;
            entry.checkedInAt = context.at();
        });
    }

    @EventHandler
    void on(DutyActivityClosed event, TrackedEventMessage<?> message) {
        update(event.activityId(), message, event, (row, context) -> row.closedAt = context.at());
    }

    @EventHandler
    void on(DutyActivityCancelled event, TrackedEventMessage<?> message) {
        update(event.activityId(), message, event, (row, context) -> row.closedAt = context.at());
    }

    /** A rebuild starts from empty tables, or every replayed event would be skipped as already applied. */
    @ResetHandler
    void reset() {
        entityManager.createNativeQuery("DELETE FROM duty_attendance").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM duty_activity").executeUpdate();
    }

    private void update(DutyActivityId id, TrackedEventMessage<?> message, Object event,
                        BiConsumer<DutyActivityRow, EventContext> change) {
        EventContext context = EventContext.of(message);
        ProjectedRow.update(entityManager, DutyActivityRow.class, id.value(), context, row -> {
            change.accept(row, context);
            row.status = DutyActivityLifecycle.evolve(lifecycle(row), event).status();
            row.present = (int) row.attendance.stream().filter(entry -> entry.status == AttendanceStatus.PRESENT)
                    .count();
        }).ifPresent(row -> announce(row, context, event));
    }

    /** The lifecycle's state as the row keeps it: enough for the status, which is all the row takes from it. */
    private static DutyActivityState lifecycle(DutyActivityRow row) {
        Map<String, AttendanceStatus> attendance = new LinkedHashMap<>();
        row.attendance.stream().filter(entry -> entry.status != null)
                .forEach(entry -> attendance.put(entry.deputyId, entry.status));
        return new DutyActivityState(row.status, row.startsAt, row.endsAt,
                row.attendance.stream().filter(entry -> entry.invited).map(entry -> DeputyId.of(entry.deputyId))
                        .toList(), row.openToAll, attendance);
    }

    private void announce(DutyActivityRow row, EventContext context, Object event) {
        changes.publishEvent(new CaseChanged(context, CaseType.DUTY_ACTIVITY, row.activityId, row.regionId,
                event.getClass()));
    }
}
