package cn.luzhi.command.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.CancelDutyActivity;
import cn.luzhi.events.duty.CheckInToDutyActivity;
import cn.luzhi.events.duty.CloseDutyActivity;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityCancelled;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.duty.RecordAttendance;
import cn.luzhi.events.duty.ScheduleDutyActivity;
import cn.luzhi.events.region.RegionId;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DutyActivityTest {

    private static final DutyActivityId ID = DutyActivityId.of("a-1");
    private static final RegionId REGION = RegionId.of("150102");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final DeputyId D3 = DeputyId.of("d-3");
    /** 09:00 to 11:00 on 2 March 2026 in Beijing time. */
    private static final Instant STARTS = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-03-02T03:00:00Z");

    private FixtureConfiguration<DutyActivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DutyActivity.class);
    }

    @Test
    void shouldScheduleAnActivityInvitingEachDeputyOnce() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDutyActivity(ID, DutyActivityKind.INSPECTION, "视察老旧小区改造", STARTS, ENDS,
                        "新城区", REGION, List.of(D1, D2, D1, D3), false))
                .expectEvents(scheduled());
    }

    @Test
    void shouldRefuseAnActivityEndingBeforeItBegins() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDutyActivity(ID, DutyActivityKind.SURVEY, "调研", ENDS, STARTS, "新城区", REGION,
                        List.of(D1), false))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("结束时间须晚于开始时间")
                .expectNoEvents();
    }

    @Test
    void shouldLetAnInvitedDeputyCheckInOnTheDay() {
        givenAt(STARTS.plusSeconds(600), scheduled())
                .when(new CheckInToDutyActivity(ID, D1))
                .expectEvents(new DeputyCheckedInToActivity(ID, D1));
    }

    @Test
    void shouldRefuseACheckInTheDayBefore() {
        givenAt(STARTS.minusSeconds(86_400), scheduled())
                .when(new CheckInToDutyActivity(ID, D1))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("签到尚未开始：活动当天方可扫码签到")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseASecondCheckIn() {
        givenAt(STARTS, scheduled(), new DeputyCheckedInToActivity(ID, D1))
                .when(new CheckInToDutyActivity(ID, D1))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「d-1」已签到，无须重复签到")
                .expectNoEvents();
    }

    @Test
    void shouldRefuseACheckInOfADeputyNotInvited() {
        givenAt(STARTS, scheduled())
                .when(new CheckInToDutyActivity(ID, DeputyId.of("d-9")))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("代表「d-9」未受邀参加本次活动")
                .expectNoEvents();
    }

    @Test
    void shouldRecordLeaveWithItsReasonAndForgetAReasonForPresence() {
        givenAt(STARTS, scheduled())
                .when(new RecordAttendance(ID, D2, AttendanceStatus.ON_LEAVE, "外出开会", null))
                .expectEvents(new AttendanceRecorded(ID, D2, AttendanceStatus.ON_LEAVE, "外出开会"));
        givenAt(STARTS, scheduled())
                .when(new RecordAttendance(ID, D3, AttendanceStatus.PRESENT, "多余", null))
                .expectEvents(new AttendanceRecorded(ID, D3, AttendanceStatus.PRESENT, null));
    }

    @Test
    void shouldRefuseLeaveWithoutAReason() {
        givenAt(STARTS, scheduled())
                .when(new RecordAttendance(ID, D2, AttendanceStatus.ON_LEAVE, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("请假须说明事由")
                .expectNoEvents();
    }

    @Test
    void shouldCloseCreditingTheDeputiesPresentAfterCorrections() {
        givenAt(ENDS, scheduled(), new DeputyCheckedInToActivity(ID, D1),
                new AttendanceRecorded(ID, D2, AttendanceStatus.PRESENT, null),
                new AttendanceRecorded(ID, D3, AttendanceStatus.PRESENT, null),
                new AttendanceRecorded(ID, D3, AttendanceStatus.ON_LEAVE, "病假"))
                .when(new CloseDutyActivity(ID, null))
                .expectEvents(new DutyActivityClosed(ID, List.of(D1, D2)));
    }

    @Test
    void shouldRefuseClosingBeforeTheStart() {
        givenAt(STARTS.minusSeconds(60), scheduled())
                .when(new CloseDutyActivity(ID, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("活动尚未开始，不能结束")
                .expectNoEvents();
    }

    @Test
    void shouldFixAttendanceOnceClosed() {
        givenAt(ENDS, scheduled(), new DutyActivityClosed(ID, List.of()))
                .when(new RecordAttendance(ID, D1, AttendanceStatus.PRESENT, null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("履职活动当前状态为「已结束」，不能点名")
                .expectNoEvents();
    }

    @Test
    void shouldCancelAScheduledActivityOnlyOnce() {
        givenAt(STARTS, scheduled())
                .when(new CancelDutyActivity(ID, "天气原因", null))
                .expectEvents(new DutyActivityCancelled(ID));
        givenAt(STARTS, scheduled(), new DutyActivityCancelled(ID))
                .when(new CancelDutyActivity(ID, "天气原因", null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("履职活动当前状态为「已取消」，不能取消活动")
                .expectNoEvents();
    }

    @Test
    void shouldKeepTheLifecycleStateInTheAggregate() {
        givenAt(STARTS, scheduled(), new DeputyCheckedInToActivity(ID, D1))
                .when(new RecordAttendance(ID, D2, AttendanceStatus.ABSENT, null, null))
                .expectState(activity -> assertThat(activity.state().attendance())
                        .containsEntry("d-1", AttendanceStatus.PRESENT)
                        .containsEntry("d-2", AttendanceStatus.ABSENT));
    }

    private TestExecutor<DutyActivity> givenAt(Instant now, Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static DutyActivityScheduled scheduled() {
        return new DutyActivityScheduled(ID, DutyActivityKind.INSPECTION, "视察老旧小区改造", STARTS, ENDS, "新城区",
                REGION, List.of(D1, D2, D3), false);
    }
}
