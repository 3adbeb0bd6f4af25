package cn.luzhi.events.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyActivityLifecycleTest {

    private static final DutyActivityId A = DutyActivityId.of("a-1");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final DeputyId OUTSIDER = DeputyId.of("d-9");
    // 09:00 to 11:00 on 2 March 2026 in Beijing time.
    private static final Instant STARTS = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-03-02T03:00:00Z");

    @Test
    void shouldFixTheDeputiesPresentInTheOrderFirstRecorded() {
        DutyActivityState state = DutyActivityLifecycle.replay(List.of(scheduled(false),
                new DeputyCheckedInToActivity(A, D2), new AttendanceRecorded(A, D1, AttendanceStatus.ABSENT, null),
                new AttendanceRecorded(A, D1, AttendanceStatus.PRESENT, null)));

        assertThat(state.status()).isEqualTo(DutyActivityStatus.SCHEDULED);
        assertThat(state.present()).containsExactly(D2, D1);
        assertThat(DutyActivityLifecycle.evolve(state, new DutyActivityClosed(A, state.present())).status())
                .isEqualTo(DutyActivityStatus.CLOSED);
    }

    @Test
    void shouldLetADeputyCheckInOnlyOnTheActivitysDayAndOnlyOnce() {
        DutyActivityState state = DutyActivityLifecycle.evolve(DutyActivityState.NONE, scheduled(false));

        // 23:30 the evening before, Beijing time.
        assertThat(DutyActivityLifecycle.checkCheckIn(state, D1, Instant.parse("2026-03-01T15:30:00Z")))
                .contains(Refusal.because("签到尚未开始：活动当天方可扫码签到"));
        // Past noon on the day, after the activity ended: still its day.
        assertThat(DutyActivityLifecycle.checkCheckIn(state, D1, Instant.parse("2026-03-02T05:00:00Z"))).isEmpty();
        assertThat(DutyActivityLifecycle.checkCheckIn(state, D1, Instant.parse("2026-03-02T16:00:00Z")))
                .contains(Refusal.because("签到已结束：活动当天方可扫码签到"));
        DutyActivityState checkedIn = DutyActivityLifecycle.evolve(state, new DeputyCheckedInToActivity(A, D1));
        assertThat(DutyActivityLifecycle.checkCheckIn(checkedIn, D1, STARTS))
                .contains(Refusal.because("代表「d-1」已签到，无须重复签到"));
    }

    @Test
    void shouldAdmitADeputyNotInvitedOnlyWhenTheActivityIsOpenToAll() {
        DutyActivityState invitedOnly = DutyActivityLifecycle.evolve(DutyActivityState.NONE, scheduled(false));
        DutyActivityState open = DutyActivityLifecycle.evolve(DutyActivityState.NONE, scheduled(true));

        assertThat(DutyActivityLifecycle.checkCheckIn(invitedOnly, OUTSIDER, STARTS))
                .contains(Refusal.becauseOf("deputyId", "代表「d-9」未受邀参加本次活动"));
        assertThat(DutyActivityLifecycle.checkAttendance(invitedOnly, OUTSIDER, AttendanceStatus.PRESENT, null))
                .contains(Refusal.becauseOf("deputyId", "代表「d-9」未受邀参加本次活动"));
        assertThat(DutyActivityLifecycle.checkCheckIn(open, OUTSIDER, STARTS)).isEmpty();
    }

    @Test
    void shouldRequireTheReasonForLeave() {
        DutyActivityState state = DutyActivityLifecycle.evolve(DutyActivityState.NONE, scheduled(false));

        assertThat(DutyActivityLifecycle.checkAttendance(state, D1, AttendanceStatus.ON_LEAVE, " "))
                .contains(Refusal.becauseOf("leaveReason", "请假须说明事由"));
        assertThat(DutyActivityLifecycle.checkAttendance(state, D1, AttendanceStatus.ON_LEAVE, "出差")).isEmpty();
    }

    @Test
    void shouldRefuseEveryChangeOnceClosedOrCancelledAndClosingBeforeTheStart() {
        DutyActivityState state = DutyActivityLifecycle.evolve(DutyActivityState.NONE, scheduled(false));

        assertThat(DutyActivityLifecycle.checkClose(state, STARTS.minusSeconds(60)))
                .contains(Refusal.because("活动尚未开始，不能结束"));
        assertThat(DutyActivityLifecycle.checkClose(state, STARTS)).isEmpty();
        DutyActivityState closed = DutyActivityLifecycle.evolve(state, new DutyActivityClosed(A, List.of()));
        assertThat(DutyActivityLifecycle.checkAttendance(closed, D1, AttendanceStatus.PRESENT, null))
                .contains(Refusal.because("履职活动当前状态为「已结束」，不能点名"));
        DutyActivityState cancelled = DutyActivityLifecycle.evolve(state, new DutyActivityCancelled(A));
        assertThat(DutyActivityLifecycle.checkCheckIn(cancelled, D1, STARTS))
                .contains(Refusal.because("履职活动当前状态为「已取消」，不能签到"));
        assertThat(DutyActivityLifecycle.check(DutyActivityState.NONE, DutyActivityAction.CLOSE))
                .contains(Refusal.because("履职活动当前状态为「未安排」，不能结束活动"));
    }

    @Test
    void shouldRefuseAnActivityThatEndsBeforeItBegins() {
        assertThat(DutyActivityLifecycle.checkSchedule(ENDS, STARTS))
                .contains(Refusal.becauseOf("endsAt", "结束时间须晚于开始时间"));
        assertThat(DutyActivityLifecycle.checkSchedule(STARTS, ENDS)).isEmpty();
    }

    private static DutyActivityScheduled scheduled(boolean openToAll) {
        return new DutyActivityScheduled(A, DutyActivityKind.INSPECTION, "视察老旧小区改造", STARTS, ENDS, "新城区",
                RegionId.of("150102"), List.of(D1, D2), openToAll);
    }
}
