package cn.luzhi.command.mediation;

import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.command.support.Outcome;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ConfirmSettlementJudicially;
import cn.luzhi.events.mediation.DisputeType;
import cn.luzhi.events.mediation.ExtendMediationPeriod;
import cn.luzhi.events.mediation.FailMediationCase;
import cn.luzhi.events.mediation.FollowUpMediationCase;
import cn.luzhi.events.mediation.MediationCaseAction;
import cn.luzhi.events.mediation.MediationCaseId;
import cn.luzhi.events.mediation.MediationCaseLifecycle;
import cn.luzhi.events.mediation.MediationCaseReferred;
import cn.luzhi.events.mediation.MediationCaseState;
import cn.luzhi.events.mediation.MediationOverdue;
import cn.luzhi.events.mediation.RecordMediationSession;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.mediation.ReleaseMediator;
import cn.luzhi.events.mediation.SettleMediationCase;
import cn.luzhi.events.mediation.WithdrawMediationCase;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;

/**
 * A random command sequence through the mediation case aggregate, a fresh {@link AggregateTestFixture} per step:
 * the referral, then random actions, each expected to be refused with the words {@link MediationCaseLifecycle}
 * gives or accepted when it allows it (the fixture fails the step otherwise). Every session is dated "now", which
 * the aggregate's own date rules always allow, so those rules (the aggregate's, not the lifecycle's) never decide
 * here. A quarter of the cases start with a period that has already lapsed, as the deadline would leave it (given
 * events, no command), so that refused extensions are drawn too. Every step hands on what the aggregate appended
 * and the state it is in afterwards, for the tests that hold other consumers of the lifecycle to it (here and in
 * dashboard-ui, which sees the query side's too).
 */
public final class MediationCaseWalk {

    public static final MediationCaseId ID = MediationCaseId.of("m-prop");
    private static final HandlingUnitId COURT = HandlingUnitId.of("u-court");
    private static final List<DeputyId> POOL = List.of(DeputyId.of("d-a"), DeputyId.of("d-b"), DeputyId.of("d-c"));
    private static final int STEPS = 40;

    /**
     * One step of the walk.
     *
     * @param command  what was sent
     * @param refusal  why the lifecycle refused it, as the aggregate did; empty when both accepted it
     * @param appended the events the aggregate appended, oldest first
     * @param history  every event of the case so far: a lapsed start's given events, then the appended ones
     * @param state    the aggregate's state after the step; after a refusal on a lapsed start, before the aggregate
     *                 was ever shown, the lifecycle's replay of the given events
     */
    public record Step(Object command, Optional<Refusal> refusal, List<Object> appended, List<Object> history,
                       MediationCaseState state) {
    }

    private MediationCaseWalk() {
    }

    /** The seeds the tests walk, the same on every run: a failing one is in the test's name. */
    public static long[] seeds() {
        return new Random(20_261_208L).longs(60).toArray();
    }

    /** Walks the sequence of {@code seed}, handing every step, the referral first if sent, to {@code afterEachStep}. */
    public static void walk(long seed, Consumer<Step> afterEachStep) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>();
        MediationCaseState state;
        if (random.nextInt(4) == 0) {
            Instant lapsed = Instant.now().minus(Duration.ofDays(1));
            history.add(new MediationCaseReferred(ID, COURT, DisputeType.CONTRACT, RegionId.of("150102001"),
                    List.of(PersonRef.of("pd-1"), PersonRef.of("pd-2")), null, "合同纠纷", lapsed));
            if (random.nextBoolean()) {
                history.add(new MediationOverdue(ID, lapsed, List.of()));
            }
            state = MediationCaseLifecycle.replay(history);
        } else {
            Step referral = run(List.of(), random, new ReferMediationCase(ID, COURT, DisputeType.NEIGHBOURS,
                    RegionId.of("150102001"), List.of(new PersonDetails("甲", null, null),
                    new PersonDetails("乙", null, null)), new BigDecimal("8000"), "邻里漏水"), null, null);
            afterEachStep.accept(referral);
            history = referral.history();
            state = referral.state();
        }

        for (int step = 0; step < STEPS; step++) {
            MediationCaseAction action = MediationCaseAction.values()[random.nextInt(
                    MediationCaseAction.values().length)];
            Step done = run(history, random, null, action, state);
            afterEachStep.accept(done);
            history = done.history();
            state = done.state();
        }
    }

    /**
     * Sends {@code command} (which must be accepted), or else a random command of {@code action}, after
     * {@code history}.
     */
    private static Step run(List<Object> history, Random random, Object command, MediationCaseAction action,
                            MediationCaseState before) {
        // A fresh fixture per step: one fixture serves one given-when-then.
        FixtureConfiguration<MediationCase> fixture = new AggregateTestFixture<>(MediationCase.class);
        fixture.registerInjectableResource(DeadlinePolicy.defaults());
        fixture.registerInjectableResource(new RecordingVault());
        TestExecutor<MediationCase> given = history.isEmpty() ? fixture.givenNoPriorActivity()
                : fixture.given(history);
        MediationCaseState state = MediationCaseLifecycle.replay(history);
        Optional<Refusal> expected = Optional.empty();
        if (command == null) {
            Instant now = given.currentTime();
            DeputyId deputy = POOL.get(random.nextInt(POOL.size()));
            command = command(action, deputy, now, random);
            expected = switch (action) {
                case ASSIGN_MEDIATORS -> MediationCaseLifecycle.checkAssignment(state,
                        ((AssignMediators) command).deputyIds());
                case RELEASE_MEDIATOR -> MediationCaseLifecycle.checkRelease(state, deputy);
                case RECORD_SESSION -> MediationCaseLifecycle.checkSession(state, deputy);
                case EXTEND -> MediationCaseLifecycle.checkExtension(state, now);
                default -> MediationCaseLifecycle.check(state, action);
            };
        }
        ResultValidator<MediationCase> result = given.when(command);
        Outcome<MediationCaseState> outcome = Outcome.of(result, expected, history, before, MediationCase::state);
        return new Step(command, expected, outcome.appended(), outcome.history(), outcome.state());
    }

    private static Object command(MediationCaseAction action, DeputyId deputy, Instant now, Random random) {
        return switch (action) {
            case ASSIGN_MEDIATORS -> new AssignMediators(ID, random.nextBoolean() ? List.of(deputy)
                    : List.of(deputy, POOL.get(random.nextInt(POOL.size()))), null, null);
            case RELEASE_MEDIATOR -> new ReleaseMediator(ID, deputy, "回避", null);
            case RECORD_SESSION -> new RecordMediationSession(ID, deputy, now, "代表之家", "双方陈述", null);
            case EXTEND -> new ExtendMediationPeriod(ID, "双方同意", null);
            case SETTLE -> new SettleMediationCase(ID, "赔偿", random.nextBoolean() ? null : new BigDecimal("10"),
                    null);
            case FAIL -> new FailMediationCase(ID, "一方拒绝", null);
            case WITHDRAW -> new WithdrawMediationCase(ID, "自行和解", null);
            case CONFIRM -> new ConfirmSettlementJudicially(ID, "（2026）示民特1号", null);
            case FOLLOW_UP -> new FollowUpMediationCase(ID, "已履行",
                    random.nextBoolean() ? null : Satisfaction.values()[random.nextInt(3)], null);
        };
    }
}
