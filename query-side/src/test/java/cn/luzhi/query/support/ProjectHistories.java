package cn.luzhi.query.support;

import cn.luzhi.events.ballot.BallotId;
import cn.luzhi.events.ballot.LivelihoodProjectAction;
import cn.luzhi.events.ballot.LivelihoodProjectApproved;
import cn.luzhi.events.ballot.LivelihoodProjectId;
import cn.luzhi.events.ballot.LivelihoodProjectLifecycle;
import cn.luzhi.events.ballot.LivelihoodProjectState;
import cn.luzhi.events.ballot.ProjectCompleted;
import cn.luzhi.events.ballot.ProjectInspected;
import cn.luzhi.events.ballot.ProjectMilestone;
import cn.luzhi.events.ballot.ProjectMilestonesPlanned;
import cn.luzhi.events.ballot.ProjectProgressRecorded;
import cn.luzhi.events.ballot.ProjectRated;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random legal histories of one livelihood project, for the read side's property tests: at each step a random
 * action, kept when {@link LivelihoodProjectLifecycle} allows it, as the event the aggregate records for it
 * (LivelihoodProjectLifecyclePropertyTest on the command side shows that it records exactly that).
 */
public final class ProjectHistories {

    public static final LivelihoodProjectId ID = LivelihoodProjectId.of("lp-prop");
    private static final List<String> NAMES = List.of("设计", "施工", "验收");
    private static final Instant APPROVED = Instant.parse("2026-02-01T02:00:00Z");

    private ProjectHistories() {
    }

    /** An approval followed by up to {@code attempts} allowed events. */
    public static List<TimedEvent> random(Random random, int attempts) {
        List<TimedEvent> steps = new ArrayList<>();
        Instant at = APPROVED;
        Object approval = new LivelihoodProjectApproved(ID, BallotId.of("b-1"), "c-1", "口袋公园",
                RegionId.of("150102001"), 2026, new BigDecimal("100000.00"));
        steps.add(new TimedEvent(at, approval));
        LivelihoodProjectState state = LivelihoodProjectLifecycle.evolve(LivelihoodProjectState.NONE, approval);
        for (int attempt = 0; attempt < attempts; attempt++) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(72)));
            Optional<Object> event = next(state, random);
            if (event.isPresent()) {
                steps.add(new TimedEvent(at, event.get()));
                state = LivelihoodProjectLifecycle.evolve(state, event.get());
            }
        }
        return steps;
    }

    private static Optional<Object> next(LivelihoodProjectState state, Random random) {
        LivelihoodProjectAction action = LivelihoodProjectAction.values()[random.nextInt(
                LivelihoodProjectAction.values().length)];
        String name = NAMES.get(random.nextInt(NAMES.size()));
        return switch (action) {
            case PLAN_MILESTONES -> {
                List<ProjectMilestone> plan = NAMES.stream().filter(candidate -> random.nextBoolean()
                        || state.milestonesReached().contains(candidate))
                        .map(candidate -> new ProjectMilestone(candidate, LocalDate.parse("2026-10-01"))).toList();
                yield allowed(LivelihoodProjectLifecycle.checkPlan(state, plan), plan.isEmpty() ? null
                        : new ProjectMilestonesPlanned(ID, plan));
            }
            case RECORD_PROGRESS -> {
                int percent = Math.min(100, state.percent() + random.nextInt(40));
                String milestone = random.nextBoolean() ? null : name;
                yield allowed(LivelihoodProjectLifecycle.checkProgress(state, percent, milestone),
                        new ProjectProgressRecorded(ID, percent, "进展", milestone));
            }
            case INSPECT -> allowed(LivelihoodProjectLifecycle.check(state, action),
                    new ProjectInspected(ID, List.of(DeputyId.of("d-1")), LocalDate.parse("2026-03-01"), "正常"));
            case COMPLETE -> allowed(LivelihoodProjectLifecycle.check(state, action), new ProjectCompleted(ID, null));
            case RATE -> allowed(LivelihoodProjectLifecycle.check(state, action), new ProjectRated(ID, 10, 2, 1, null));
        };
    }

    private static Optional<Object> allowed(Optional<Refusal> refusal, Object event) {
        return refusal.isPresent() ? Optional.empty() : Optional.ofNullable(event);
    }
}
