package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.query.audit.CaseState.FieldChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivelihoodProjectFoldTest {

    private static final LivelihoodProjectId PR = LivelihoodProjectId.of("pr-1");

    private final Replay replay = new Replay(new LivelihoodProjectFold());

    @Test
    void shouldFollowAProjectFromApprovalToItsRating() {
        CaseState state = replay.then(new LivelihoodProjectApproved(PR, BallotId.of("b-1"), "c-1", "修路",
                RegionId.of("150102"), 2026, new BigDecimal("60000000.00")));
        assertThat(state.text("status")).isEqualTo("已票决立项");
        assertThat(state.text("budget")).isEqualTo("60000000.00");
        assertThat(state.text("percent")).isEqualTo("0");

        state = replay.then(new ProjectMilestonesPlanned(PR, List.of(
                new ProjectMilestone("开工", LocalDate.of(2026, 4, 1)),
                new ProjectMilestone("竣工", LocalDate.of(2026, 10, 1)))));
        assertThat(state.text("milestones")).isEqualTo("开工（2026-04-01）、竣工（2026-10-01）");

        replay.then(new ProjectProgressRecorded(PR, 30, "已开工", "开工"));
        assertThat(replay.lastChanges()).containsExactly(
                new FieldChange("status", "状态", "已票决立项", "实施中"),
                new FieldChange("percent", "完成进度（%）", "0", "30"),
                new FieldChange("milestonesReached", "已完成节点", null, "开工"));

        state = replay.then(new ProjectInspected(PR, List.of(DeputyId.of("d-1")), LocalDate.of(2026, 6, 1), "进度正常"));
        assertThat(state.text("inspectionCount")).isEqualTo("1");
        state = replay.then(new ProjectCompleted(PR, "按期完工"));
        assertThat(state.text("status")).isEqualTo("已完工");
        state = replay.then(new ProjectRated(PR, 40, 8, 2, null));
        assertThat(state.text("status")).isEqualTo("已测评");
        assertThat(state.text("rating")).isEqualTo("满意 40 人，基本满意 8 人，不满意 2 人");
    }
}
