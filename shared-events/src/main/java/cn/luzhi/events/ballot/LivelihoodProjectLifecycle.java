package cn.luzhi.events.ballot;

import static cn.luzhi.events.ballot.ProjectStatus.APPROVED;
import static cn.luzhi.events.ballot.ProjectStatus.COMPLETED;
import static cn.luzhi.events.ballot.ProjectStatus.IN_PROGRESS;
import static cn.luzhi.events.ballot.ProjectStatus.RATED;

import cn.luzhi.events.common.Lifecycles;
import cn.luzhi.events.common.Refusal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a livelihood project's lifecycle (民生实事项目): how each event changes its
 * {@link LivelihoodProjectState} ({@link #evolve}) and whether an action is allowed in a state, with the Chinese
 * reason when it is not ({@link #check}). The aggregate guards and evolves with it; the read model, the audit
 * history and the demo ask it instead of working the status out themselves.
 *
 * <p>What a command says beyond its action is checked by the variants that take it ({@link #checkPlan},
 * {@link #checkProgress}). What needs no state (an inspection date not after today, a rating with participants)
 * is the aggregate's.
 *
 * <p>A new transition is a new event record, a branch in {@link #evolve}, a rule in {@link #check} (and a
 * {@link LivelihoodProjectAction} with its label when it is a new act), the aggregate's handler and the route.
 */
public final class LivelihoodProjectLifecycle {

    private LivelihoodProjectLifecycle() {
    }

    /** The state after {@code event}; an event of another case type (a ballot's included) leaves it as it is. */
    public static LivelihoodProjectState evolve(LivelihoodProjectState state, Object event) {
        if (event instanceof LivelihoodProjectApproved) {
            return new LivelihoodProjectState(APPROVED, 0, List.of(), List.of());
        }
        if (event instanceof ProjectMilestonesPlanned planned) {
            return new LivelihoodProjectState(state.status(), state.percent(),
                    planned.milestones().stream().map(ProjectMilestone::name).toList(), state.milestonesReached());
        }
        if (event instanceof ProjectProgressRecorded progress) {
            List<String> reached = new ArrayList<>(state.milestonesReached());
            if (progress.milestone() != null && !reached.contains(progress.milestone())) {
                reached.add(progress.milestone());
            }
            return new LivelihoodProjectState(IN_PROGRESS, progress.percent(), state.milestones(), reached);
        }
        if (event instanceof ProjectCompleted) {
            return state.withStatus(COMPLETED);
        }
        if (event instanceof ProjectRated) {
            return state.withStatus(RATED);
        }
        // An inspection changes nothing the rules look at.
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static LivelihoodProjectState replay(Iterable<?> events) {
        return Lifecycles.replay(LivelihoodProjectState.NONE, LivelihoodProjectLifecycle::evolve, events);
    }

    /** Whether {@code action} is allowed in {@code state}: empty when it is, else why not. */
    public static Optional<Refusal> check(LivelihoodProjectState state, LivelihoodProjectAction action) {
        Set<ProjectStatus> allowed = switch (action) {
            case PLAN_MILESTONES, RECORD_PROGRESS, COMPLETE -> EnumSet.of(APPROVED, IN_PROGRESS);
            case RATE -> EnumSet.of(COMPLETED);
            // Deputies may inspect at any stage, completed and rated projects included (验收视察).
            case INSPECT -> EnumSet.allOf(ProjectStatus.class);
        };
        if (!allowed.contains(state.status())) {
            return Optional.of(Refusal.because("项目当前状态为「" + label(state) + "」，不能" + action.label()));
        }
        if (action == LivelihoodProjectAction.COMPLETE && state.percent() < 100) {
            return Optional.of(Refusal.because("项目进度为" + state.percent() + "%，须达到100%才能完工"));
        }
        return Optional.empty();
    }

    /** Whether {@code milestones} may become the plan: no name twice, and every reached milestone kept. */
    public static Optional<Refusal> checkPlan(LivelihoodProjectState state, List<ProjectMilestone> milestones) {
        Optional<Refusal> refusal = check(state, LivelihoodProjectAction.PLAN_MILESTONES);
        if (refusal.isPresent()) {
            return refusal;
        }
        Set<String> planned = new HashSet<>();
        for (ProjectMilestone milestone : milestones) {
            if (!planned.add(milestone.name())) {
                return Optional.of(Refusal.becauseOf("milestones", "里程碑「" + milestone.name() + "」重复"));
            }
        }
        for (String reached : state.milestonesReached()) {
            if (!planned.contains(reached)) {
                return Optional.of(Refusal.becauseOf("milestones", "里程碑「" + reached + "」已经达成，不能从计划中删去"));
            }
        }
        return Optional.empty();
    }

    /** Whether progress to {@code percent}, reaching {@code milestone} (or none), may be recorded now. */
    public static Optional<Refusal> checkProgress(LivelihoodProjectState state, int percent, String milestone) {
        Optional<Refusal> refusal = check(state, LivelihoodProjectAction.RECORD_PROGRESS);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (percent < state.percent()) {
            return Optional.of(Refusal.becauseOf("percent", "进度不能倒退：项目已完成" + state.percent() + "%"));
        }
        if (milestone != null && !state.milestones().contains(milestone)) {
            return Optional.of(Refusal.becauseOf("milestone", "里程碑「" + milestone + "」不在项目计划中"));
        }
        if (milestone != null && state.milestonesReached().contains(milestone)) {
            return Optional.of(Refusal.becauseOf("milestone", "里程碑「" + milestone + "」已经达成过"));
        }
        return Optional.empty();
    }

    private static String label(LivelihoodProjectState state) {
        return state.status() == null ? "未立项" : state.status().label();
    }
}
