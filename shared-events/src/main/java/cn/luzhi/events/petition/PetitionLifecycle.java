package cn.luzhi.events.petition;

import static cn.luzhi.events.petition.PetitionStatus.ACCEPTED;
import static cn.luzhi.events.petition.PetitionStatus.CLOSED;
import static cn.luzhi.events.petition.PetitionStatus.FOLLOWED_UP;
import static cn.luzhi.events.petition.PetitionStatus.FORWARDED;
import static cn.luzhi.events.petition.PetitionStatus.RATED;
import static cn.luzhi.events.petition.PetitionStatus.REOPENED;
import static cn.luzhi.events.petition.PetitionStatus.REPLIED;
import static cn.luzhi.events.petition.PetitionStatus.SUBMITTED;

import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a petition's lifecycle (民意诉求): how each event changes its {@link PetitionState}
 * ({@link #evolve}) and whether an action is allowed in a state, with the Chinese reason when it is not
 * ({@link #check}). The aggregate guards and evolves with it; the read model, the audit history, the citizen's
 * receipt, the ownership rules and the demo ask it instead of working the status out themselves.
 *
 * <p>A new transition is a new event record, a branch in {@link #evolve}, a rule in {@link #check} (and an
 * {@link PetitionAction} with its label when it is a new act), the aggregate's handler and the route.
 */
public final class PetitionLifecycle {

    private PetitionLifecycle() {
    }

    /** The state after {@code event}; an event of another case type leaves it as it is. */
    public static PetitionState evolve(PetitionState state, Object event) {
        if (event instanceof PetitionSubmitted submitted) {
            return new PetitionState(SUBMITTED, submitted.deputyId(), null, List.of(), List.of(), null, false, false,
                    null, 0, 0, null, submitted.source(), false);
        }
        if (event instanceof PetitionAccepted accepted) {
            return new PetitionState(ACCEPTED, state.addressedTo(), accepted.deputyId(), state.unitsForwarded(),
                    state.unitsAwaited(), state.replyDueAt(), state.extendedThisRound(), state.overdue(),
                    state.lastRating(), state.round(), state.urgeCount(), state.mergedInto(),
                    state.source(), state.hotlineFedBack());
        }
        if (event instanceof PetitionDeclined) {
            return state.ended(PetitionStatus.DECLINED, null);
        }
        if (event instanceof PetitionForwarded forwarded) {
            // Each forwarding starts a round of its own: these units, this deadline, one extension allowed.
            List<HandlingUnitId> units = List.copyOf(new LinkedHashSet<>(forwarded.unitIds()));
            return new PetitionState(FORWARDED, state.addressedTo(), state.acceptedBy(), units, units,
                    forwarded.replyDueAt(), false, false, state.lastRating(), state.round(), state.urgeCount(),
                    state.mergedInto(), state.source(), state.hotlineFedBack());
        }
        if (event instanceof PetitionDeadlineExtended extended) {
            return withDeadline(state, extended.replyDueAt(), true, false);
        }
        if (event instanceof PetitionOverdue overdue) {
            return withDeadline(state, overdue.replyDueAt(), state.extendedThisRound(), true);
        }
        if (event instanceof PetitionReplied replied) {
            List<HandlingUnitId> awaited = new ArrayList<>(state.unitsAwaited());
            awaited.remove(replied.unitId());
            // The event says whether this was the last reply outstanding: that fact decides, not a recount.
            PetitionStatus status = replied.allUnitsReplied() ? REPLIED : state.status();
            return new PetitionState(status, state.addressedTo(), state.acceptedBy(), state.unitsForwarded(), awaited,
                    state.replyDueAt(), state.extendedThisRound(), replied.allUnitsReplied() ? false : state.overdue(),
                    state.lastRating(), state.round(), state.urgeCount(), state.mergedInto(),
                    state.source(), state.hotlineFedBack());
        }
        if (event instanceof PetitionFollowedUp) {
            return state.withStatus(FOLLOWED_UP);
        }
        if (event instanceof PetitionRated rated) {
            return new PetitionState(RATED, state.addressedTo(), state.acceptedBy(), state.unitsForwarded(),
                    state.unitsAwaited(), state.replyDueAt(), state.extendedThisRound(), state.overdue(),
                    rated.satisfaction(), state.round(), state.urgeCount(), state.mergedInto(),
                    state.source(), state.hotlineFedBack());
        }
        if (event instanceof PetitionReopened) {
            // Counted here rather than copied from the event, so the numbering never depends on the writer. The new
            // round ends in a new result, which the hotline must be told again.
            return new PetitionState(REOPENED, state.addressedTo(), state.acceptedBy(), state.unitsForwarded(),
                    state.unitsAwaited(), state.replyDueAt(), state.extendedThisRound(), false, state.lastRating(),
                    state.round() + 1, state.urgeCount(), state.mergedInto(), state.source(), false);
        }
        if (event instanceof PetitionClosed closed) {
            PetitionState ended = state.ended(PetitionStatus.CLOSED, null);
            return closed.satisfaction() == null ? ended : new PetitionState(ended.status(), ended.addressedTo(),
                    ended.acceptedBy(), ended.unitsForwarded(), ended.unitsAwaited(), ended.replyDueAt(),
                    ended.extendedThisRound(), false, closed.satisfaction(), ended.round(), ended.urgeCount(), null,
                    ended.source(), ended.hotlineFedBack());
        }
        if (event instanceof PetitionUrged) {
            return new PetitionState(state.status(), state.addressedTo(), state.acceptedBy(), state.unitsForwarded(),
                    state.unitsAwaited(), state.replyDueAt(), state.extendedThisRound(), state.overdue(),
                    state.lastRating(), state.round(), state.urgeCount() + 1, state.mergedInto(),
                    state.source(), state.hotlineFedBack());
        }
        if (event instanceof PetitionWithdrawn) {
            return state.ended(PetitionStatus.WITHDRAWN, null);
        }
        if (event instanceof PetitionMerged merged) {
            return state.ended(PetitionStatus.MERGED, merged.intoPetitionId());
        }
        if (event instanceof PetitionHotlineFeedbackRecorded) {
            return new PetitionState(state.status(), state.addressedTo(), state.acceptedBy(), state.unitsForwarded(),
                    state.unitsAwaited(), state.replyDueAt(), state.extendedThisRound(), state.overdue(),
                    state.lastRating(), state.round(), state.urgeCount(), state.mergedInto(), state.source(), true);
        }
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static PetitionState replay(Iterable<?> events) {
        PetitionState state = PetitionState.NONE;
        for (Object event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /** Whether {@code action} is allowed in {@code state}: empty when it is, else why not. */
    public static Optional<Refusal> check(PetitionState state, PetitionAction action) {
        // A petition that did not come from the hotline never will: say so rather than name a status.
        if (action == PetitionAction.HOTLINE_FEEDBACK && state.exists() && !state.isHotlineTicket()) {
            return Optional.of(Refusal.because("该诉求不是12345疑难工单，不能" + action.label()));
        }
        if (!statusesAllowing(action).contains(state.status())) {
            return Optional.of(Refusal.because("诉求当前状态为「" + label(state) + "」，不能" + action.label()));
        }
        if (action == PetitionAction.EXTEND && state.extendedThisRound()) {
            return Optional.of(Refusal.because("本轮转办的答复期限已延期过一次，不能再次延期"));
        }
        if (action == PetitionAction.HOTLINE_FEEDBACK && state.hotlineFedBack()) {
            return Optional.of(Refusal.because("本轮办理结果已反馈12345，群众不满意重新办理后才能再次反馈"));
        }
        return Optional.empty();
    }

    /**
     * The statuses in which {@code action} may be taken (further rules of {@link #check} aside): what a list of
     * petitions waiting for that action selects, so that no list keeps its own copy of the rule.
     */
    public static Set<PetitionStatus> statusesAllowing(PetitionAction action) {
        return switch (action) {
            case ACCEPT, DECLINE -> EnumSet.of(SUBMITTED);
            case FORWARD -> EnumSet.of(ACCEPTED, REOPENED);
            case EXTEND, REPLY -> EnumSet.of(FORWARDED);
            case FOLLOW_UP, RATE -> EnumSet.of(REPLIED, FOLLOWED_UP);
            case CLOSE -> EnumSet.of(REPLIED, FOLLOWED_UP, RATED);
            case URGE, WITHDRAW, MERGE -> open();
            // The hotline is told the result once a unit has answered, whether or not the petition is closed yet.
            case HOTLINE_FEEDBACK -> EnumSet.of(REPLIED, FOLLOWED_UP, RATED, CLOSED);
        };
    }

    /**
     * Whether a petition may be submitted as {@code command} says: a 12345 ticket (source {@code HOTLINE_12345})
     * carries the hotline's ticket and the deputy a clerk assigned to supervise it, and only such a petition carries
     * a ticket. Empty when it may, else the field at fault and why.
     */
    public static Optional<Refusal> checkSubmission(SubmitPetition command) {
        boolean hotline = command.source() == PetitionSource.HOTLINE_12345;
        if (hotline && command.hotlineTicket() == null) {
            return Optional.of(Refusal.becauseOf("hotlineTicket",
                    "12345疑难工单须填写工单号、接件日期和升级原因"));
        }
        if (hotline && command.deputyId() == null) {
            return Optional.of(Refusal.becauseOf("deputyId", "12345疑难工单须指定督办代表"));
        }
        if (!hotline && command.hotlineTicket() != null) {
            return Optional.of(Refusal.becauseOf("hotlineTicket",
                    "只有来源为「" + PetitionSource.HOTLINE_12345.label() + "」的诉求才能填写12345工单"));
        }
        return Optional.empty();
    }

    /** Whether {@code unit} may reply now: the petition must await a reply of that very unit. */
    public static Optional<Refusal> checkReply(PetitionState state, HandlingUnitId unit) {
        Optional<Refusal> refusal = check(state, PetitionAction.REPLY);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!state.unitsForwarded().contains(unit)) {
            return Optional.of(Refusal.becauseOf("unitId", "该诉求未转交给承办单位「" + unit.value() + "」，不能由其答复"));
        }
        if (!state.unitsAwaited().contains(unit)) {
            return Optional.of(Refusal.becauseOf("unitId", "承办单位「" + unit.value() + "」已答复过本轮转办"));
        }
        return Optional.empty();
    }

    /** Whether {@code reply} is the last one outstanding, which its event records. */
    public static boolean isLastReply(PetitionState state, HandlingUnitId unit) {
        return state.unitsAwaited().size() == 1 && state.unitsAwaited().contains(unit);
    }

    /** A reply deadline scheduled for {@code dueAt} has passed: overdue unless answered or superseded since. */
    public static boolean isOverdueAt(PetitionState state, Instant dueAt) {
        return state.status() == FORWARDED && dueAt.equals(state.replyDueAt());
    }

    private static PetitionState withDeadline(PetitionState state, Instant dueAt, boolean extended, boolean overdue) {
        return new PetitionState(state.status(), state.addressedTo(), state.acceptedBy(), state.unitsForwarded(),
                state.unitsAwaited(), dueAt, extended, overdue, state.lastRating(), state.round(), state.urgeCount(),
                state.mergedInto(), state.source(), state.hotlineFedBack());
    }

    private static Set<PetitionStatus> open() {
        EnumSet<PetitionStatus> open = EnumSet.noneOf(PetitionStatus.class);
        for (PetitionStatus status : PetitionStatus.values()) {
            if (!status.isTerminal()) {
                open.add(status);
            }
        }
        return open;
    }

    private static String label(PetitionState state) {
        return state.status() == null ? "未提交" : state.status().label();
    }
}
