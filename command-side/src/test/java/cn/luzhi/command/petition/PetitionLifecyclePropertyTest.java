package cn.luzhi.command.petition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.personaldata.RecordingVault;
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
import cn.luzhi.events.petition.ReplyToPetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.UrgePetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command sequences through the aggregate: after every step the aggregate's state is the lifecycle's
 * replay of the events so far, every command {@link PetitionLifecycle#check} allows is accepted, and every one it
 * refuses is refused with its very words. A failing seed is in the test's name, to be replayed alone.
 */
class PetitionLifecyclePropertyTest {

    private static final PetitionId ID = PetitionId.of("p-prop");
    private static final List<HandlingUnitId> UNITS = List.of(HandlingUnitId.of("u-a"), HandlingUnitId.of("u-b"),
            HandlingUnitId.of("u-c"));
    private static final int STEPS = 40;

    static long[] seeds() {
        return new Random(20_261_207L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>();
        history.addAll(run(history, new SubmitPetition(ID, PetitionSource.DEPUTY_QR_CODE,
                RegionId.of("150102001"), random.nextBoolean() ? DeputyId.of("d-qr") : null, null,
                new PersonDetails("王小明", "13800001234", null), "路灯", "不亮"), Optional.empty()));

        for (int step = 0; step < STEPS; step++) {
            PetitionState state = PetitionLifecycle.replay(history);
            PetitionAction action = PetitionAction.values()[random.nextInt(PetitionAction.values().length)];
            HandlingUnitId unit = UNITS.get(random.nextInt(UNITS.size()));
            Object command = command(action, unit, random);
            Optional<Refusal> expected = action == PetitionAction.REPLY ? PetitionLifecycle.checkReply(state, unit)
                    : PetitionLifecycle.check(state, action);
            history.addAll(run(history, command, expected));
        }
    }

    /** Sends {@code command} after {@code history}; returns the events it appended. */
    private static List<Object> run(List<Object> history, Object command, Optional<Refusal> expected) {
        // A fresh fixture per step: one fixture serves one given-when-then.
        FixtureConfiguration<Petition> fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(DeadlinePolicy.defaults());
        fixture.registerInjectableResource(new RecordingVault());
        AtomicReference<List<Object>> appended = new AtomicReference<>(List.of());
        ResultValidator<Petition> result = (history.isEmpty() ? fixture.givenNoPriorActivity()
                : fixture.given(history)).when(command);
        if (expected.isPresent()) {
            result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                    .expectNoEvents();
            return List.of();
        }
        result.expectSuccessfulHandlerExecution().expectEventsMatching(new BaseMatcher<List<EventMessage<?>>>() {
            @Override
            public boolean matches(Object events) {
                appended.set(((List<?>) events).stream().map(event -> ((EventMessage<?>) event).getPayload())
                        .map(Object.class::cast).toList());
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        });
        List<Object> after = new ArrayList<>(history);
        after.addAll(appended.get());
        PetitionState replayed = PetitionLifecycle.replay(after);
        result.expectState(petition -> assertThat(petition.state()).as("after " + command).isEqualTo(replayed));
        return appended.get();
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
        };
    }
}
