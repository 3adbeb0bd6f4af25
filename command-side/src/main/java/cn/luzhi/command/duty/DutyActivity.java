package cn.luzhi.command.duty;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.CancelDutyActivity;
import cn.luzhi.events.duty.CheckInToDutyActivity;
import cn.luzhi.events.duty.CloseDutyActivity;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityAction;
import cn.luzhi.events.duty.DutyActivityCancelled;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityLifecycle;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.duty.DutyActivityState;
import cn.luzhi.events.duty.RecordAttendance;
import cn.luzhi.events.duty.ScheduleDutyActivity;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A deputies' activity (履职活动): a sitting attended as a guest, an inspection, a law-enforcement check, a survey
 * or a training. The clerk schedules it and takes the roll call, deputies check in by scanning its QR code on its
 * day, and closing it fixes who was present. Its rules are {@link DutyActivityLifecycle}'s.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class DutyActivity {

    @AggregateIdentifier
    private DutyActivityId activityId;
    private DutyActivityState state = DutyActivityState.NONE;

    protected DutyActivity() {
        // For Axon, which rebuilds the activity from its events.
    }

    @CommandHandler
    public DutyActivity(ScheduleDutyActivity command) {
        CommandRefused.throwIf(DutyActivityLifecycle.checkSchedule(command.startsAt(), command.endsAt()));
        List<DeputyId> invited = List.copyOf(new LinkedHashSet<>(command.invitedDeputyIds()));
        apply(new DutyActivityScheduled(command.activityId(), command.kind(), command.title(), command.startsAt(),
                command.endsAt(), command.place(), command.regionId(), invited, command.openToAll()));
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        CommandRefused.throwIf(DutyActivityLifecycle.checkAttendance(state, command.deputyId(), command.status(),
                command.leaveReason()));
        String leaveReason = command.status() == AttendanceStatus.ON_LEAVE ? command.leaveReason() : null;
        apply(new AttendanceRecorded(activityId, command.deputyId(), command.status(), leaveReason));
    }

    @CommandHandler
    public void handle(CheckInToDutyActivity command) {
        CommandRefused.throwIf(DutyActivityLifecycle.checkCheckIn(state, command.deputyId(),
                GenericEventMessage.clock.instant()));
        apply(new DeputyCheckedInToActivity(activityId, command.deputyId()));
    }

    @CommandHandler
    public void handle(CloseDutyActivity command) {
        CommandRefused.throwIf(DutyActivityLifecycle.checkClose(state, GenericEventMessage.clock.instant()));
        apply(new DutyActivityClosed(activityId, state.present()));
    }

    @CommandHandler
    public void handle(CancelDutyActivity command) {
        CommandRefused.throwIf(DutyActivityLifecycle.check(state, DutyActivityAction.CANCEL));
        apply(new DutyActivityCancelled(activityId));
    }

    /** The activity's state as its lifecycle sees it. */
    DutyActivityState state() {
        return state;
    }

    @EventSourcingHandler
    void on(DutyActivityScheduled event) {
        activityId = event.activityId();
        evolve(event);
    }

    /** Every activity event changes the state the lifecycle's way; none needs more of the aggregate. */
    @EventSourcingHandler
    void evolve(Object event) {
        state = DutyActivityLifecycle.evolve(state, event);
    }
}
