package cn.luzhi.command.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.support.Appended;
import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.CompleteProject;
import cn.luzhi.events.ballot.InspectProject;
import cn.luzhi.events.ballot.LivelihoodProjectAction;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.PlanProjectMilestones;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.RateProject;
import cn.luzhi.events.ballot.RecordProjectProgress;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the project aggregate: after every step its state is the lifecycle's replay
 * of the events so far, every command the lifecycle allows is accepted, and every one it refuses is refused with
 * its very words. Inspections are dated yesterday and ratings have participants, which the aggregate's own rules
 * (not the lifecycle's) always allow. A failing seed is in the test's name, to be replayed alone.
 */
class LivelihoodProjectLifecyclePropertyTest {

    private static final LivelihoodProjectId ID = LivelihoodProjectId.of("lp-prop");
    private static final List<String> NAMES = List.of("设计", "施工", "验收");
    private static final int STEPS = 40;

    static long[] seeds() {
        return new Random(20_261_211L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>(List.of(new LivelihoodProjectApproved(ID, BallotId.of("b-1"), "c-1",
                "口袋公园", RegionId.of("150102001"), 2026, new BigDecimal("100000.00"))));
        for (int step = 0; step < STEPS; step++) {
            LivelihoodProjectAction action = LivelihoodProjectAction.values()[random.nextInt(
                    LivelihoodProjectAction.values().length)];
            history.addAll(run(history, action, random));
        }
    }

    /** Sends a random command of {@code action} after {@code history}; returns the events it appended. */
    private static List<Object> run(List<Object> history, LivelihoodProjectAction action, Random random) {
        // A fresh fixture per step: one fixture serves one given-when-then.
        FixtureConfiguration<LivelihoodProject> fixture = new AggregateTestFixture<>(LivelihoodProject.class);
        TestExecutor<LivelihoodProject> given = fixture.given(history);
        LivelihoodProjectState state = LivelihoodProjectLifecycle.replay(history);
        Object command;
        Optional<Refusal> expected;
        switch (action) {
            case PLAN_MILESTONES -> {
                List<ProjectMilestone> plan = new ArrayList<>();
                for (int i = 0; i <= random.nextInt(3); i++) {
                    plan.add(new ProjectMilestone(NAMES.get(random.nextInt(NAMES.size())), LocalDate.parse(
                            "2026-10-01")));
                }
                command = new PlanProjectMilestones(ID, plan, null);
                expected = LivelihoodProjectLifecycle.checkPlan(state, plan);
            }
            case RECORD_PROGRESS -> {
                int percent = Math.max(0, Math.min(100, state.percent() - 10 + random.nextInt(60)));
                String milestone = random.nextInt(4) == 0 ? null : random.nextInt(5) == 0 ? "剪彩"
                        : NAMES.get(random.nextInt(NAMES.size()));
                command = new RecordProjectProgress(ID, percent, "进展", milestone, null);
                expected = LivelihoodProjectLifecycle.checkProgress(state, percent, milestone);
            }
            default -> {
                command = switch (action) {
                    case INSPECT -> new InspectProject(ID, List.of(DeputyId.of("d-1")), LocalDate.ofInstant(
                            given.currentTime(), ZoneId.of("Asia/Shanghai")).minusDays(1), "进度正常", null);
                    case COMPLETE -> new CompleteProject(ID, null, null);
                    default -> new RateProject(ID, 1 + random.nextInt(20), random.nextInt(5), random.nextInt(3),
                            null, null);
                };
                expected = LivelihoodProjectLifecycle.check(state, action);
            }
        }
        ResultValidator<LivelihoodProject> result = given.when(command);
        if (expected.isPresent()) {
            result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                    .expectNoEvents();
            return List.of();
        }
        List<Object> appended = Appended.by(result);
        List<Object> after = new ArrayList<>(history);
        after.addAll(appended);
        LivelihoodProjectState replayed = LivelihoodProjectLifecycle.replay(after);
        result.expectState(project -> assertThat(project.state()).as("after " + command).isEqualTo(replayed));
        return appended;
    }
}
