package cn.luzhi.command.petition;

import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.command.support.Outcome;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.AcceptPetition;
import cn.luzhi.events.petition.ClosePetition;
import cn.luzhi.events.petition.DeclinePetition;
import cn.luzhi.events.petition.ExtendPetitionDeadline;
import cn.luzhi.events.petition.FollowUpPetition;
import cn.luzhi.events.petition.ForwardPetition;
import cn.luzhi.events.petition.MergePetition;
import cn.luzhi.events.petition.PetitionAction;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionLifecycle;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionState;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.RecordHotlineFeedback;
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * A random command sequence through the petition aggregate, a fresh {@link AggregateTestFixture} per step: the
 * submission, then random actions, each expected to be refused with the words {@link PetitionLifecycle#check}
 * gives or accepted when it allows it (the fixture fails the step otherwise). Every step hands on what the
 * aggregate appended and the state it is in afterwards, for the tests that hold other consumers of the lifecycle
 * to it (here and in dashboard-ui, which sees the query side's too).
 */
public final class PetitionWalk {

    public static final PetitionId ID = PetitionId.of("p-prop");
    private static final List<HandlingUnitId> UNITS = List.of(HandlingUnitId.of("u-a"), HandlingUnitId.of("u-b"),
            HandlingUnitId.of("u-c"));
    private static final int STEPS = 40;

    /**
     * One step of the walk.
     *
     * @param command  what was sent
     * @param refusal  why the lifecycle refused it, as the aggregate did; empty when both accepted it
     * @param appended the events the aggregate appended, oldest first
     * @param history  every event of the petition so far, the appended ones included
     * @param state    the aggregate's state after the step
     */
    public record Step(Object command, Optional<Refusal> refusal, List<Object> appended, List<Object> history,
                       PetitionState state) {
    }

    private PetitionWalk() {
    }

    /** The seeds the tests walk, the same on every run: a failing one is in the test's name. */
    public static long[] seeds() {
        return new Random(20_261_207L).longs(60).toArray();
    }

    /** Walks the sequence of {@code seed}, handing every step, the submission first, to {@code afterEachStep}. */
    public static void walk(long seed, Consumer<Step> afterEachStep) {
        Random random = new Random(seed);
        Step latest = run(List.of(), new SubmitPetition(ID, PetitionSource.DEPUTY_QR_CODE, RegionId.of("150102001"),
                random.nextBoolean() ? DeputyId.of("d-qr") : null, null,
                new PersonDetails("王小明", "13800001234", null), "路灯", "不亮"), Optional.empty(), null);
        afterEachStep.accept(latest);

        for (int step = 0; step < STEPS; step++) {
            PetitionState state = PetitionLifecycle.replay(latest.history());
            PetitionAction action = PetitionAction.values()[random.nextInt(PetitionAction.values().length)];
            HandlingUnitId unit = UNITS.get(random.nextInt(UNITS.size()));
            Object command = command(action, unit, random);
            Optional<Refusal> expected = action == PetitionAction.REPLY ? PetitionLifecycle.checkReply(state, unit)
                    : PetitionLifecycle.check(state, action);
            latest = run(latest.history(), command, expected, latest.state());
            afterEachStep.accept(latest);
        }
    }

    /** Sends {@code command} after {@code history}, expecting the aggregate to refuse it as {@code expected} says. */
    private static Step run(List<Object> history, Object command, Optional<Refusal> expected, PetitionState before) {
        // A fresh fixture per step: one fixture serves one given-when-then.
        FixtureConfiguration<Petition> fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(DeadlinePolicy.defaults());
        fixture.registerInjectableResource(new RecordingVault());
        fixture.registerInjectableResource(new RecordingHotlineTickets());
        ResultValidator<Petition> result = (history.isEmpty() ? fixture.givenNoPriorActivity()
                : fixture.given(history)).when(command);
        Outcome<PetitionState> outcome = Outcome.of(result, expected, history, before, Petition::state);
        return new Step(command, expected, outcome.appended(), outcome.history(), outcome.state());
    }

    private static Object command(PetitionAction action, HandlingUnitId unit, Random random) {
        return switch (action) {
            case ACCEPT -> new AcceptPetition(ID, DeputyId.of("d-" + random.nextInt(2)), null, null);
            case DECLINE -> new DeclinePetition(ID, "不属于受理范围", null);
            case FORWARD -> new ForwardPetition(ID, UNITS.subList(0, 1 + random.nextInt(UNITS.size())), null, null,
                    null);
            case EXTEND -> new ExtendPetitionDeadline(ID, "需要招标", null);
            case REPLY -> new ReplyToPetition(ID, unit, "已处理", null);
            case FOLLOW_UP -> new FollowUpPetition(ID, "电话回访", null);
            case RATE -> new RatePetition(ID, Satisfaction.values()[random.nextInt(3)], null, null);
            case CLOSE -> new ClosePetition(ID, null, null);
            case URGE -> new UrgePetition(ID, "请尽快办理", null);
            case WITHDRAW -> new WithdrawPetition(ID, null, null);
            case MERGE -> new MergePetition(ID, PetitionId.of("p-other"), null, null);
            case HOTLINE_FEEDBACK -> new RecordHotlineFeedback(ID, "已办结", LocalDate.of(2026, 1, 5), null);
        };
    }
}
