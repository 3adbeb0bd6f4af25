package cn.luzhi.query.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.duty.DutyActivityStatus;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.support.Events;
import cn.luzhi.query.support.ProjectionHarness;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DutyActivityProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final DutyActivityId A = DutyActivityId.of("a-1");
    private static final DeputyId D1 = DeputyId.of("d-1");
    private static final DeputyId D2 = DeputyId.of("d-2");
    private static final DeputyId D3 = DeputyId.of("d-3");

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(DutyActivityProjection::new);
    }

    @Test
    void shouldKeepTheRollCallOfEveryInvitedDeputyAndOfThoseWhoCameUninvited() {
        harness.apply(AT, scheduled());
        harness.apply(AT.plusSeconds(60), new DeputyCheckedInToActivity(A, D1));
        harness.apply(AT, new AttendanceRecorded(A, D2, AttendanceStatus.ON_LEAVE, "出差"));
        harness.apply(AT, new AttendanceRecorded(A, DeputyId.of("d-9"), AttendanceStatus.PRESENT, null));

        DutyActivityRow row = harness.read(DutyActivityRow.class, "a-1");
        assertThat(row.status).isEqualTo(DutyActivityStatus.SCHEDULED);
        assertThat(row.invited).isEqualTo(3);
        assertThat(row.present).isEqualTo(2);
        assertThat(row.attendance).extracting(entry -> entry.deputyId, entry -> entry.invited, entry -> entry.status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("d-1", true, AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("d-2", true, AttendanceStatus.ON_LEAVE),
                        org.assertj.core.groups.Tuple.tuple("d-3", true, null),
                        org.assertj.core.groups.Tuple.tuple("d-9", false, AttendanceStatus.PRESENT));
        assertThat(row.attendance).filteredOn(entry -> entry.deputyId.equals("d-1")).singleElement()
                .satisfies(entry -> assertThat(entry.checkedInAt).isEqualTo(AT.plusSeconds(60)));
    }

    @Test
    void shouldTakeTheStatusFromTheLifecycleAndAnnounceTheChange() {
        harness.apply(AT, scheduled());
        long closed = harness.apply(AT, new DutyActivityClosed(A, List.of()));

        DutyActivityRow row = harness.read(DutyActivityRow.class, "a-1");
        assertThat(row.status).isEqualTo(DutyActivityStatus.CLOSED);
        assertThat(row.closedAt).isEqualTo(AT);
        assertThat(harness.announced()).last().isInstanceOfSatisfying(CaseChanged.class, change -> {
            assertThat(change.caseType()).isEqualTo(CaseType.DUTY_ACTIVITY);
            assertThat(change.event().globalIndex()).isEqualTo(closed);
        });
    }

    @Test
    void shouldApplyARedeliveredCheckInOnlyOnce() {
        harness.apply(AT, scheduled());
        long checkedIn = harness.apply(AT, new DeputyCheckedInToActivity(A, D1));
        harness.apply(AT, new AttendanceRecorded(A, D1, AttendanceStatus.ABSENT, null));
        harness.deliver(Events.tracked(checkedIn, AT, new DeputyCheckedInToActivity(A, D1)));

        DutyActivityRow row = harness.read(DutyActivityRow.class, "a-1");
        assertThat(row.present).isZero();
    }

    private static DutyActivityScheduled scheduled() {
        return new DutyActivityScheduled(A, DutyActivityKind.INSPECTION, "视察老旧小区改造", AT, AT.plusSeconds(7_200),
                "新城区", RegionId.of("150102"), List.of(D1, D2, D3), false);
    }
}
