package cn.luzhi.command.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.HandleBillAsSuggestion;
import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.MergeSuggestion;
import cn.luzhi.events.suggestion.PickSuggestionForKeySupervision;
import cn.luzhi.events.suggestion.RateSuggestion;
import cn.luzhi.events.suggestion.ReplyToSuggestion;
import cn.luzhi.events.suggestion.ReturnSuggestion;
import cn.luzhi.events.suggestion.SendSuggestionOpinion;
import cn.luzhi.events.suggestion.SessionPeriod;
import cn.luzhi.events.suggestion.SubmitSuggestion;
import cn.luzhi.events.suggestion.SuggestionAction;
import cn.luzhi.events.suggestion.SuggestionId;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionLifecycle;
import cn.luzhi.events.suggestion.SuggestionState;
import cn.luzhi.events.suggestion.UrgeSuggestion;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * replay of the events so far, every command {@link SuggestionLifecycle} allows is accepted, and every one it
 * refuses is refused with its very words. A failing seed is in the test's name, to be replayed alone.
 *
 * <p>The one rule outside the lifecycle is a follow-up's year, counted from the time of the reply: every reply
 * here is this year's, so an allowed follow-up names an earlier year and is refused for it, on the year alone.
 */
class SuggestionLifecyclePropertyTest {

    private static final SuggestionId ID = SuggestionId.of("s-prop");
    private static final DeputyId LEAD = DeputyId.of("d-lead");
    private static final List<HandlingUnitId> UNITS = List.of(HandlingUnitId.of("u-a"), HandlingUnitId.of("u-b"),
            HandlingUnitId.of("u-c"), HandlingUnitId.of("u-d"));
    private static final List<String> LEADERS = List.of("王主任", "李副主任");
    private static final int STEPS = 60;

    /** What to send and what the lifecycle says of it. */
    private record Step(Object command, Optional<Refusal> expected) {
    }

    static long[] seeds() {
        return new Random(20_261_207L).longs(60).toArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldAgreeWithTheLifecycleAfterEveryStep(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>();
        SuggestionKind kind = random.nextInt(3) == 0 ? SuggestionKind.BILL : SuggestionKind.SUGGESTION;
        history.addAll(run(history, new DraftSuggestion(ID, kind, LEAD, RegionId.of("150102001"), "加装路灯",
                "建议加装路灯", random.nextInt(4) == 0 ? "检建〔2026〕1号" : null), Optional.empty()));

        for (int step = 0; step < STEPS; step++) {
            SuggestionState state = SuggestionLifecycle.replay(history);
            SuggestionAction action = action(state, random);
            Step next = step(action, state, random);
            history.addAll(run(history, next.command(), next.expected()));
        }
    }

    /** Sends {@code command} after {@code history}; returns the events it appended. */
    private static List<Object> run(List<Object> history, Object command, Optional<Refusal> expected) {
        // A fresh fixture per step: one fixture serves one given-when-then.
        FixtureConfiguration<Suggestion> fixture = new AggregateTestFixture<>(Suggestion.class);
        fixture.registerInjectableResource(DeadlinePolicy.defaults());
        AtomicReference<List<Object>> appended = new AtomicReference<>(List.of());
        ResultValidator<Suggestion> result = (history.isEmpty() ? fixture.givenNoPriorActivity()
                : fixture.given(history)).when(command);
        if (expected.isPresent()) {
            result.expectException(CommandRefused.class).expectExceptionMessage(expected.get().reason())
                    .expectNoEvents();
            return List.of();
        }
        if (command instanceof FollowUpSuggestion) {
            result.expectException(CommandRefused.class).expectExceptionMessage(startsWith("回头看年度须晚于答复年度"))
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
        SuggestionState replayed = SuggestionLifecycle.replay(after);
        result.expectState(suggestion -> assertThat(suggestion.state()).as("after " + command).isEqualTo(replayed));
        return appended.get();
    }

    /** Mostly an action the lifecycle allows now, so that sequences reach the late steps; else any action. */
    private static SuggestionAction action(SuggestionState state, Random random) {
        List<SuggestionAction> allowed = Arrays.stream(SuggestionAction.values())
                .filter(action -> SuggestionLifecycle.check(state, action).isEmpty()).toList();
        return !allowed.isEmpty() && random.nextInt(10) < 7 ? allowed.get(random.nextInt(allowed.size()))
                : SuggestionAction.values()[random.nextInt(SuggestionAction.values().length)];
    }

    private static Step step(SuggestionAction action, SuggestionState state, Random random) {
        // Mostly a unit the suggestion was assigned to, sometimes any.
        List<HandlingUnitId> units = state.units().isEmpty() || random.nextInt(4) == 0 ? UNITS
                : List.copyOf(state.units());
        HandlingUnitId unit = units.get(random.nextInt(units.size()));
        return switch (action) {
            case CO_SIGN -> {
                DeputyId deputy = random.nextInt(6) == 0 ? LEAD : DeputyId.of("d-" + random.nextInt(14));
                yield new Step(new CoSignSuggestion(ID, deputy, null), SuggestionLifecycle.checkCoSign(state, deputy));
            }
            case SUBMIT -> {
                SessionPeriod period = SessionPeriod.values()[random.nextInt(SessionPeriod.values().length)];
                yield new Step(new SubmitSuggestion(ID, period, null), SuggestionLifecycle.checkSubmit(state, period));
            }
            case EXTEND -> {
                Instant from = state.replyDueAt() != null ? state.replyDueAt() : Instant.now();
                Instant dueAt = from.plus(Duration.ofDays(random.nextInt(200) - 10));
                yield new Step(new ExtendSuggestionDeadline(ID, dueAt, "需要调研", null),
                        SuggestionLifecycle.checkExtend(state, dueAt));
            }
            case MEET -> new Step(new DiscussSuggestionWithDeputy(ID, unit, "当面沟通", null),
                    SuggestionLifecycle.checkMeet(state, unit));
            case OPINION -> new Step(new SendSuggestionOpinion(ID, unit, "协办意见", null),
                    SuggestionLifecycle.checkOpinion(state, unit));
            case REPLY -> new Step(new ReplyToSuggestion(ID, unit,
                    HandlingResult.values()[random.nextInt(HandlingResult.values().length)], "已办理", null),
                    SuggestionLifecycle.checkReply(state, unit));
            case PICK_FOR_KEY_SUPERVISION -> {
                String leader = LEADERS.get(random.nextInt(LEADERS.size()));
                yield new Step(new PickSuggestionForKeySupervision(ID, leader, "常务副主任", null, null),
                        SuggestionLifecycle.checkKeySupervision(state, leader));
            }
            default -> new Step(command(action, unit, random), SuggestionLifecycle.check(state, action));
        };
    }

    /** The command of an action whose answer depends on the state alone. */
    private static Object command(SuggestionAction action, HandlingUnitId unit, Random random) {
        return switch (action) {
            case ACCEPT -> new AcceptSuggestion(ID, null, null);
            case RETURN -> new ReturnSuggestion(ID, "不符合建议要求", null);
            case MERGE -> new MergeSuggestion(ID, SuggestionId.of("s-other"), "内容相同", null);
            case HANDLE_AS_SUGGESTION -> new HandleBillAsSuggestion(ID, "不列入议程", null);
            case ASSIGN -> new AssignSuggestion(ID, unit, UNITS.stream().filter(co -> !co.equals(unit))
                    .filter(co -> random.nextBoolean()).toList(), null, null);
            case RATE -> new RateSuggestion(ID, Satisfaction.values()[random.nextInt(3)], null, null);
            case CLOSE -> new CloseSuggestion(ID, null, null);
            case URGE -> new UrgeSuggestion(ID, "请尽快办理", null);
            case FOLLOW_UP -> new FollowUpSuggestion(ID, 2000, "仍在推进", random.nextBoolean(), null);
            case CONVERT_TO_PROCURATORATE -> new ConvertSuggestionToProcuratorate(ID, HandlingUnitId.of("u-proc"),
                    null, null);
            default -> throw new IllegalArgumentException(action + " depends on its command's fields");
        };
    }
}
