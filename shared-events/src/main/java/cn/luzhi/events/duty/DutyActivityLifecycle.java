package cn.luzhi.events.duty;

import static cn.luzhi.events.duty.DutyActivityStatus.CANCELLED;
import static cn.luzhi.events.duty.DutyActivityStatus.CLOSED;
import static cn.luzhi.events.duty.DutyActivityStatus.SCHEDULED;

import cn.luzhi.events.common.ChinaCalendar;
import cn.luzhi.events.common.Lifecycles;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a deputies' activity's lifecycle (履职活动): how each event changes its
 * {@link DutyActivityState} ({@link #evolve}) and whether an action is allowed, with the Chinese reason when it is
 * not ({@link #check} and the variants that take what a command says).
 *
 * <p>Attendance is open while the activity is scheduled: the clerk's roll call may be corrected, a deputy checks
 * in once, on the activity's days. Closing fixes it; the deputies present then are those credited.
 */
public final class DutyActivityLifecycle {

    private DutyActivityLifecycle() {
    }

    /** The state after {@code event}; an event of another case type leaves it as it is. */
    public static DutyActivityState evolve(DutyActivityState state, Object event) {
        if (event instanceof DutyActivityScheduled scheduled) {
            return new DutyActivityState(SCHEDULED, scheduled.startsAt(), scheduled.endsAt(),
                    scheduled.invitedDeputyIds(), scheduled.openToAll(), null);
        }
        if (event instanceof AttendanceRecorded recorded) {
            return state.withAttendance(recorded.deputyId(), recorded.status());
        }
        if (event instanceof DeputyCheckedInToActivity checkedIn) {
            return state.withAttendance(checkedIn.deputyId(), AttendanceStatus.PRESENT);
        }
        if (event instanceof DutyActivityClosed) {
            return state.withStatus(CLOSED);
        }
        if (event instanceof DutyActivityCancelled) {
            return state.withStatus(CANCELLED);
        }
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static DutyActivityState replay(Iterable<?> events) {
        return Lifecycles.replay(DutyActivityState.NONE, DutyActivityLifecycle::evolve, events);
    }

    /** Whether {@code action} is allowed in {@code state}: empty when it is, else why not. */
    public static Optional<Refusal> check(DutyActivityState state, DutyActivityAction action) {
        if (!statusesAllowing(action).contains(state.status())) {
            return because("履职活动当前状态为「" + label(state) + "」，不能" + action.label());
        }
        return Optional.empty();
    }

    /** A scheduled activity is never closed before it begins: nobody could have attended yet. */
    public static Optional<Refusal> checkClose(DutyActivityState state, Instant now) {
        Optional<Refusal> refusal = check(state, DutyActivityAction.CLOSE);
        if (refusal.isPresent()) {
            return refusal;
        }
        return now.isBefore(state.startsAt()) ? because("活动尚未开始，不能结束") : Optional.empty();
    }

    /**
     * The roll call names invited deputies (or anyone, for an activity open to all, or a deputy who checked in);
     * leave needs its reason.
     */
    public static Optional<Refusal> checkAttendance(DutyActivityState state, DeputyId deputy,
                                                    AttendanceStatus status, String leaveReason) {
        Optional<Refusal> refusal = check(state, DutyActivityAction.RECORD_ATTENDANCE);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!mayAttend(state, deputy)) {
            return notInvited(deputy);
        }
        if (status == AttendanceStatus.ON_LEAVE && (leaveReason == null || leaveReason.isBlank())) {
            return Optional.of(Refusal.becauseOf("leaveReason", "请假须说明事由"));
        }
        return Optional.empty();
    }

    /**
     * A deputy checks in once, on one of the activity's calendar days (from the day it begins to the day it ends),
     * if invited or the activity is open to all.
     */
    public static Optional<Refusal> checkCheckIn(DutyActivityState state, DeputyId deputy, Instant now) {
        Optional<Refusal> refusal = check(state, DutyActivityAction.CHECK_IN);
        if (refusal.isPresent()) {
            return refusal;
        }
        LocalDate today = LocalDate.ofInstant(now, ChinaCalendar.ZONE);
        if (today.isBefore(LocalDate.ofInstant(state.startsAt(), ChinaCalendar.ZONE))) {
            return because("签到尚未开始：活动当天方可扫码签到");
        }
        if (today.isAfter(LocalDate.ofInstant(state.endsAt(), ChinaCalendar.ZONE))) {
            return because("签到已结束：活动当天方可扫码签到");
        }
        if (!mayAttend(state, deputy)) {
            return notInvited(deputy);
        }
        if (state.attendance().get(deputy.value()) == AttendanceStatus.PRESENT) {
            return because("代表「" + deputy.value() + "」已签到，无须重复签到");
        }
        return Optional.empty();
    }

    /** Whether the activity's times make sense: it ends after it begins. */
    public static Optional<Refusal> checkSchedule(Instant startsAt, Instant endsAt) {
        return endsAt.isAfter(startsAt) ? Optional.empty()
                : Optional.of(Refusal.becauseOf("endsAt", "结束时间须晚于开始时间"));
    }

    /** The statuses in which {@code action} may be taken: what a list of activities waiting for it selects. */
    public static Set<DutyActivityStatus> statusesAllowing(DutyActivityAction action) {
        return switch (action) {
            case RECORD_ATTENDANCE, CHECK_IN, CLOSE, CANCEL -> EnumSet.of(SCHEDULED);
        };
    }

    private static boolean mayAttend(DutyActivityState state, DeputyId deputy) {
        return state.openToAll() || state.invited().contains(deputy)
                || state.attendance().containsKey(deputy.value());
    }

    private static Optional<Refusal> notInvited(DeputyId deputy) {
        return Optional.of(Refusal.becauseOf("deputyId", "代表「" + deputy.value() + "」未受邀参加本次活动"));
    }

    private static Optional<Refusal> because(String reason) {
        return Optional.of(Refusal.because(reason));
    }

    private static String label(DutyActivityState state) {
        return state.status() == null ? "未安排" : state.status().label();
    }
}
