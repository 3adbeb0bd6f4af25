package cn.luzhi.events.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivelihoodProjectLifecycleTest {

    private static final LivelihoodProjectId P = LivelihoodProjectId.of("lp-1");
    private static final ProjectMilestone DESIGN = new ProjectMilestone("设计", LocalDate.parse("2026-04-01"));
    private static final ProjectMilestone BUILD = new ProjectMilestone("施工", LocalDate.parse("2026-08-01"));

    @Test
    void shouldFollowTheProgressAndTheMilestonesReached() {
        LivelihoodProjectState state = LivelihoodProjectLifecycle.replay(List.of(approved(),
                new ProjectMilestonesPlanned(P, List.of(DESIGN, BUILD)),
                new ProjectProgressRecorded(P, 30, "设计完成", "设计"),
                new ProjectInspected(P, List.of(), LocalDate.parse("2026-04-02"), "良好")));

        assertThat(state.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(state.percent()).isEqualTo(30);
        assertThat(state.milestones()).containsExactly("设计", "施工");
        assertThat(state.milestonesReached()).containsExactly("设计");
    }

    @Test
    void shouldRefuseWithTheWordsClerksKnow() {
        LivelihoodProjectState state = LivelihoodProjectLifecycle.replay(List.of(approved(),
                new ProjectMilestonesPlanned(P, List.of(DESIGN, BUILD)),
                new ProjectProgressRecorded(P, 30, "设计完成", "设计")));

        assertThat(LivelihoodProjectLifecycle.check(state, LivelihoodProjectAction.RATE))
                .contains(Refusal.because("项目当前状态为「实施中」，不能满意度测评"));
        assertThat(LivelihoodProjectLifecycle.check(state, LivelihoodProjectAction.COMPLETE))
                .contains(Refusal.because("项目进度为30%，须达到100%才能完工"));
        assertThat(LivelihoodProjectLifecycle.checkPlan(state, List.of(BUILD)))
                .contains(Refusal.becauseOf("milestones", "里程碑「设计」已经达成，不能从计划中删去"));
        assertThat(LivelihoodProjectLifecycle.checkPlan(state, List.of(DESIGN, DESIGN)))
                .contains(Refusal.becauseOf("milestones", "里程碑「设计」重复"));
        assertThat(LivelihoodProjectLifecycle.checkProgress(state, 20, null))
                .contains(Refusal.becauseOf("percent", "进度不能倒退：项目已完成30%"));
        assertThat(LivelihoodProjectLifecycle.checkProgress(state, 40, "验收"))
                .contains(Refusal.becauseOf("milestone", "里程碑「验收」不在项目计划中"));
        assertThat(LivelihoodProjectLifecycle.checkProgress(state, 40, "设计"))
                .contains(Refusal.becauseOf("milestone", "里程碑「设计」已经达成过"));
        assertThat(LivelihoodProjectLifecycle.checkProgress(state, 40, "施工")).isEmpty();
    }

    @Test
    void shouldLetDeputiesInspectEvenARatedProject() {
        LivelihoodProjectState rated = LivelihoodProjectLifecycle.replay(List.of(approved(),
                new ProjectProgressRecorded(P, 100, "完工", null), new ProjectCompleted(P, null),
                new ProjectRated(P, 10, 2, 1, null)));

        assertThat(rated.status()).isEqualTo(ProjectStatus.RATED);
        assertThat(LivelihoodProjectLifecycle.check(rated, LivelihoodProjectAction.INSPECT)).isEmpty();
        assertThat(LivelihoodProjectLifecycle.check(rated, LivelihoodProjectAction.RECORD_PROGRESS))
                .contains(Refusal.because("项目当前状态为「已测评」，不能登记进度"));
    }

    @Test
    void shouldMapEveryActingCommandToItsAction() {
        for (LivelihoodProjectAction action : LivelihoodProjectAction.values()) {
            assertThat(LivelihoodProjectAction.of(action.command())).contains(action);
        }
        assertThat(LivelihoodProjectAction.of(CastVote.class)).isEmpty();
    }

    private static LivelihoodProjectApproved approved() {
        return new LivelihoodProjectApproved(P, BallotId.of("b-1"), "c-1", "老旧小区改造", RegionId.of("150102001"),
                2026, new BigDecimal("1000000.00"));
    }
}
