package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.duty.AttendanceRecorded;
import cn.luzhi.events.duty.AttendanceStatus;
import cn.luzhi.events.duty.DeputyCheckedInToActivity;
import cn.luzhi.events.duty.DutyActivityClosed;
import cn.luzhi.events.duty.DutyActivityId;
import cn.luzhi.events.duty.DutyActivityKind;
import cn.luzhi.events.duty.DutyActivityScheduled;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.audit.CaseState.FieldChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyActivityFoldTest {

    private static final DutyActivityId A = DutyActivityId.of("a-1");
    private static final Instant STARTS = Instant.parse("2026-03-02T01:00:00Z");

    private final Replay replay = new Replay(new DutyActivityFold());

    @Test
    void shouldFollowTheRollCallUntilTheActivityCloses() {
        CaseState state = replay.then(new DutyActivityScheduled(A, DutyActivityKind.SURVEY, "调研养老服务", STARTS,
                STARTS.plusSeconds(7_200), "社区", RegionId.of("150102"), List.of(DeputyId.of("d-1"),
                DeputyId.of("d-2")), false));
        assertThat(state.text("status")).isEqualTo("已安排");
        assertThat(state.text("kind")).isEqualTo("调研");
        assertThat(state.text("invited")).isEqualTo("d-1、d-2");

        replay.then(new DeputyCheckedInToActivity(A, DeputyId.of("d-1")));
        state = replay.then(new AttendanceRecorded(A, DeputyId.of("d-2"), AttendanceStatus.ON_LEAVE, "出差"));
        assertThat(state.text("present")).isEqualTo("d-1");
        assertThat(state.text("onLeave")).isEqualTo("d-2");

        replay.then(new DutyActivityClosed(A, List.of(DeputyId.of("d-1"))));
        assertThat(replay.lastChanges()).containsExactly(new FieldChange("status", "状态", "已安排", "已结束"));
    }
}
