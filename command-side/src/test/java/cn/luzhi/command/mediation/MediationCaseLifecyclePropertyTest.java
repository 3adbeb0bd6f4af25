package cn.luzhi.command.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.command.support.Appended;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the aggregate: after every step the aggregate's state is the lifecycle's
 * replay of the events so far, every command the lifecycle allows is accepted, and every one it refuses is
 * refused with its very words. Every session is dated "now", which the aggregate's own date rules always allow,
 * so those rules (the aggregate's, not the lifecycle's) never decide here. A quarter of the cases start with a
 * period that has already lapsed, as the deadline would leave it, so that refused extensions are drawn too. A
 * failing seed is in the test's name, to be replayed alone.
 */
class MediationCaseLifecyclePropertyTest {

    private static final MediationCaseId ID = MediationCaseId.of("m-prop");
    private static final HandlingUnitId COURT = HandlingUnitId.of("u-court");
    private static final List<DeputyId> POOL = List.of(DeputyId.of("d-a"), DeputyId.of("d-b"), DeputyId.of("d-c"));
    private static final int STEPS = 40;

    static long[] seeds() {
        return new Random(20_261_208L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            Instant lapsed = Instant.now().minus(Duration.ofDays(1));
            history.add(new MediationCaseReferred(ID, COURT, DisputeType.CONTRACT, RegionId.of("150102001"),
                    List.of(PersonRef.of("pd-1"), PersonRef.of("pd-2")), null, "合同纠纷", lapsed));
            if (random.nextBoolean()) {
                history.add(new MediationOverdue(ID, lapsed, List.of()));
            }
        } else {
            history.addAll(run(history, random, new ReferMediationCase(ID, COURT, DisputeType.NEIGHBOURS,
                    RegionId.of("150102001"), List.of(new PersonDetails("甲", null, null),
                    new PersonDetails("乙", null, null)), new BigDecimal("8000"), "邻里漏水"), null));
        }

        for (int step = 0; step < STEPS; step++) {
            MediationCaseAction action = MediationCaseAction.values()[random.nextInt(
                    MediationCaseAction.values().length)];
            history.addAll(run(history, random, null, action));
        }
    }

    /**
     * Sends {@code command} (which must be accepted), or else a random command of {@code action}, after
     * {@code history}; returns the events it appended.
     */
    private static List<Object> run(List<Object> history, Random random, Object command, MediationCaseAction action) {
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
        if (expected.isPresent()) {
            result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                    .expectNoEvents();
            return List.of();
        }
        List<Object> appended = Appended.by(result);
        List<Object> after = new ArrayList<>(history);
        after.addAll(appended);
        MediationCaseState replayed = MediationCaseLifecycle.replay(after);
        Object sent = command;
        result.expectState(mediation -> assertThat(mediation.state()).as("after " + sent).isEqualTo(replayed));
        return appended;
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
