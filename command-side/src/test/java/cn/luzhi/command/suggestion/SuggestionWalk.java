package cn.luzhi.command.suggestion;

import static org.hamcrest.Matchers.startsWith;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.deadline.DeadlinePolicy;
import cn.luzhi.command.support.Outcome;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.suggestion.AcceptSuggestion;
import cn.luzhi.events.suggestion.AssignSuggestion;
import cn.luzhi.events.suggestion.CloseSuggestion;
import cn.luzhi.events.suggestion.CoSignSuggestion;
import cn.luzhi.events.suggestion.InviteSuggestionCoSigners;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.suggestion.DiscussSuggestionWithDeputy;
import cn.luzhi.events.suggestion.DraftSuggestion;
import cn.luzhi.events.suggestion.ExtendSuggestionDeadline;
import cn.luzhi.events.suggestion.FollowUpOutcome;
import cn.luzhi.events.suggestion.FollowUpSuggestion;
import cn.luzhi.events.suggestion.ProcuratorateOutcome;
import cn.luzhi.events.suggestion.RecordProcuratorateOutcome;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * A random command sequence through the suggestion aggregate, a fresh {@link AggregateTestFixture} per step: the
 * draft, then mostly actions {@link SuggestionLifecycle} allows (so that sequences reach the late steps), else any,
 * each expected to be refused with the words the lifecycle gives or accepted when it allows it (the fixture fails
 * the step otherwise). Every step hands on what the aggregate appended and the state it is in afterwards, for the
 * tests that hold other consumers of the lifecycle to it (here and in dashboard-ui, which sees the query side's too).
 *
 * <p>The one rule outside the lifecycle is a follow-up's year, counted from the time of the reply: every reply
 * here is this year's, so an allowed follow-up names an earlier year and is refused for it, on the year alone.
 */
public final class SuggestionWalk {

    public static final SuggestionId ID = SuggestionId.of("s-prop");
    private static final DeputyId LEAD = DeputyId.of("d-lead");
    private static final List<HandlingUnitId> UNITS = List.of(HandlingUnitId.of("u-a"), HandlingUnitId.of("u-b"),
            HandlingUnitId.of("u-c"), HandlingUnitId.of("u-d"));
    private static final List<String> LEADERS = List.of("王主任", "李副主任");
    private static final int STEPS = 60;

    /**
     * One step of the walk.
     *
     * @param command  what was sent
     * @param refusal  why the lifecycle refused it, as the aggregate did; empty when the lifecycle allowed it (then
     *                 the aggregate accepted it, or refused a follow-up for its year alone)
     * @param appended the events the aggregate appended, oldest first
     * @param history  every event of the suggestion so far, the appended ones included
     * @param state    the aggregate's state after the step
     */
    public record Step(Object command, Optional<Refusal> refusal, List<Object> appended, List<Object> history,
                       SuggestionState state) {
    }

    /** What to send and what the lifecycle says of it. */
    private record Next(Object command, Optional<Refusal> expected) {
    }

    private SuggestionWalk() {
    }

    /** The seeds the tests walk, the same on every run: a failing one is in the test's name. */
    public static long[] seeds() {
        return new Random(20_261_207L).longs(60).toArray();
    }

    /** Walks the sequence of {@code seed}, handing every step, the draft first, to {@code afterEachStep}. */
    public static void walk(long seed, Consumer<Step> afterEachStep) {
        Random random = new Random(seed);
        SuggestionKind kind = random.nextInt(3) == 0 ? SuggestionKind.BILL : SuggestionKind.SUGGESTION;
        Step latest = run(List.of(), new DraftSuggestion(ID, kind, LEAD, RegionId.of("150102001"), "加装路灯",
                "建议加装路灯", random.nextInt(4) == 0 ? "检建〔2026〕1号" : null), Optional.empty(), null);
        afterEachStep.accept(latest);

        for (int step = 0; step < STEPS; step++) {
            SuggestionState state = SuggestionLifecycle.replay(latest.history());
            SuggestionAction action = action(state, random);
            Next next = next(action, state, random);
            latest = run(latest.history(), next.command(), next.expected(), latest.state());
            afterEachStep.accept(latest);
        }
    }

    /** Sends {@code command} after {@code history}, expecting the aggregate to refuse it as {@code expected} says. */
    private static Step run(List<Object> history, Object command, Optional<Refusal> expected,
                            SuggestionState before) {
        // A fresh fixture per step: one fixture serves one given-when-then.
        FixtureConfiguration<Suggestion> fixture = new AggregateTestFixture<>(Suggestion.class);
        fixture.registerInjectableResource(DeadlinePolicy.defaults());
        ResultValidator<Suggestion> result = (history.isEmpty() ? fixture.givenNoPriorActivity()
                : fixture.given(history)).when(command);
        if (expected.isEmpty() && command instanceof FollowUpSuggestion) {
            result.expectException(CommandRefused.class).expectExceptionMessage(startsWith("回头看年度须晚于答复年度"))
                    .expectNoEvents();
            return new Step(command, expected, List.of(), history, before);
        }
        Outcome<SuggestionState> outcome = Outcome.of(result, expected, history, before, Suggestion::state);
        return new Step(command, expected, outcome.appended(), outcome.history(), outcome.state());
    }

    /** Mostly an action the lifecycle allows now, so that sequences reach the late steps; else any action. */
    private static SuggestionAction action(SuggestionState state, Random random) {
        List<SuggestionAction> allowed = Arrays.stream(SuggestionAction.values())
                .filter(action -> SuggestionLifecycle.check(state, action).isEmpty()).toList();
        return !allowed.isEmpty() && random.nextInt(10) < 7 ? allowed.get(random.nextInt(allowed.size()))
                : SuggestionAction.values()[random.nextInt(SuggestionAction.values().length)];
    }

    private static Next next(SuggestionAction action, SuggestionState state, Random random) {
        // Mostly a unit the suggestion was assigned to, sometimes any.
        List<HandlingUnitId> units = state.units().isEmpty() || random.nextInt(4) == 0 ? UNITS
                : List.copyOf(state.units());
        HandlingUnitId unit = units.get(random.nextInt(units.size()));
        return switch (action) {
            case INVITE -> {
                List<DeputyId> invited = List.of(random.nextInt(6) == 0 ? LEAD : DeputyId.of("d-" + random.nextInt(14)));
                yield new Next(new InviteSuggestionCoSigners(ID, invited, null),
                        SuggestionLifecycle.checkInvite(state, invited));
            }
            case CO_SIGN -> {
                DeputyId deputy = random.nextInt(6) == 0 ? LEAD : DeputyId.of("d-" + random.nextInt(14));
                yield new Next(new CoSignSuggestion(ID, deputy, null), SuggestionLifecycle.checkCoSign(state, deputy));
            }
            case SUBMIT -> {
                SessionPeriod period = SessionPeriod.values()[random.nextInt(SessionPeriod.values().length)];
                yield new Next(new SubmitSuggestion(ID, period, null), SuggestionLifecycle.checkSubmit(state, period));
            }
            case EXTEND -> {
                Instant from = state.replyDueAt() != null ? state.replyDueAt() : Instant.now();
                Instant dueAt = from.plus(Duration.ofDays(random.nextInt(200) - 10));
                yield new Next(new ExtendSuggestionDeadline(ID, dueAt, "需要调研", null),
                        SuggestionLifecycle.checkExtend(state, dueAt));
            }
            case MEET -> new Next(new DiscussSuggestionWithDeputy(ID, unit, "当面沟通", null),
                    SuggestionLifecycle.checkMeet(state, unit));
            case OPINION -> new Next(new SendSuggestionOpinion(ID, unit, "协办意见", null),
                    SuggestionLifecycle.checkOpinion(state, unit));
            case REPLY -> new Next(new ReplyToSuggestion(ID, unit,
                    HandlingResult.values()[random.nextInt(HandlingResult.values().length)], "已办理", null),
                    SuggestionLifecycle.checkReply(state, unit));
            case PICK_FOR_KEY_SUPERVISION -> {
                String leader = LEADERS.get(random.nextInt(LEADERS.size()));
                yield new Next(new PickSuggestionForKeySupervision(ID, leader, "常务副主任", null, null),
                        SuggestionLifecycle.checkKeySupervision(state, leader));
            }
            default -> new Next(command(action, unit, random), SuggestionLifecycle.check(state, action));
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
            case FOLLOW_UP -> new FollowUpSuggestion(ID, 2000,
                    FollowUpOutcome.values()[random.nextInt(FollowUpOutcome.values().length)], "仍在推进", null);
            case CONVERT_TO_PROCURATORATE -> new ConvertSuggestionToProcuratorate(ID, HandlingUnitId.of("u-proc"),
                    null, null);
            case RECORD_PROCURATORATE_OUTCOME -> new RecordProcuratorateOutcome(ID,
                    ProcuratorateOutcome.values()[random.nextInt(ProcuratorateOutcome.values().length)],
                    "检建〔2020〕3号", LocalDate.of(2020, 1, 6), null, null);
            default -> throw new IllegalArgumentException(action + " depends on its command's fields");
        };
    }
}
