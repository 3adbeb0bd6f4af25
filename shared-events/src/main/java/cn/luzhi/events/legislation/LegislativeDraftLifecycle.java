package cn.luzhi.events.legislation;

import static cn.luzhi.events.legislation.LegislativeDraftStatus.CLOSED;
import static cn.luzhi.events.legislation.LegislativeDraftStatus.FEEDBACK_RECORDED;
import static cn.luzhi.events.legislation.LegislativeDraftStatus.FORWARDED;
import static cn.luzhi.events.legislation.LegislativeDraftStatus.OPEN;

import cn.luzhi.events.common.Lifecycles;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.legislation.LegislativeDraftState.Opinion;
import cn.luzhi.events.station.StationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one definition of a draft regulation's comment round at the liaison points (基层立法联系点): opened, opinions
 * collected while it is open, duplicates merged, closed (by the clerk or at the closing date), the consolidated
 * opinions forwarded to the legislature once, and its feedback (which were adopted) recorded once. The aggregate
 * guards and evolves with it; the read models, the audit history and the pages ask it.
 *
 * <p>Merging stays possible after the period closes, because duplicates are usually found while consolidating,
 * but not after forwarding: what the legislature received must stay what the record shows.
 */
public final class LegislativeDraftLifecycle {

    private LegislativeDraftLifecycle() {
    }

    /** The state after {@code event}; an event of another case type leaves it as it is. */
    public static LegislativeDraftState evolve(LegislativeDraftState state, Object event) {
        if (event instanceof DraftOpenedForComment opened) {
            return new LegislativeDraftState(OPEN, opened.closesAt(), opened.liaisonPointIds(), List.of());
        }
        if (event instanceof OpinionCollected collected) {
            List<Opinion> opinions = new ArrayList<>(state.opinions());
            opinions.add(new Opinion(collected.opinionNumber(), 0, false, false));
            return state.withOpinions(opinions);
        }
        if (event instanceof OpinionsMerged merged) {
            return state.withOpinions(change(state, merged.mergedNumbers(),
                    opinion -> new Opinion(opinion.number(), merged.intoNumber(), false, false)));
        }
        if (event instanceof CommentPeriodClosed) {
            return state.with(CLOSED);
        }
        if (event instanceof OpinionsForwarded forwarded) {
            return state.withOpinions(change(state, forwarded.opinionNumbers(),
                    opinion -> new Opinion(opinion.number(), 0, true, false))).with(FORWARDED);
        }
        if (event instanceof LegislativeFeedbackRecorded feedback) {
            return state.withOpinions(change(state, feedback.adoptedNumbers(),
                    opinion -> new Opinion(opinion.number(), 0, true, true))).with(FEEDBACK_RECORDED);
        }
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static LegislativeDraftState replay(Iterable<?> events) {
        return Lifecycles.replay(LegislativeDraftState.NONE, LegislativeDraftLifecycle::evolve, events);
    }

    /** Whether {@code action} is allowed in {@code state} as such: empty when it is, else why not. */
    public static Optional<Refusal> check(LegislativeDraftState state, LegislativeDraftAction action) {
        if (!statusesAllowing(action).contains(state.status())) {
            return because("该草案征求意见当前状态为「" + label(state) + "」，不能" + action.label());
        }
        return switch (action) {
            case MERGE_OPINIONS -> active(state).size() < 2 ? because("有效意见不足两条，无需合并") : Optional.empty();
            case FORWARD_OPINIONS -> active(state).isEmpty() ? because("尚未收集到意见，无可报送") : Optional.empty();
            case COLLECT_OPINION, CLOSE_COMMENT, RECORD_FEEDBACK -> Optional.empty();
        };
    }

    /**
     * Whether an opinion may be taken at {@code station} at {@code now}: the round is open, its closing time has not
     * passed (the deadline may not have fired yet), and the station is one of the draft's liaison points.
     */
    public static Optional<Refusal> checkCollection(LegislativeDraftState state, StationId station, Instant now) {
        Optional<Refusal> refusal = check(state, LegislativeDraftAction.COLLECT_OPINION);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!now.isBefore(state.closesAt())) {
            return because("征求意见已过截止时间，不再收集意见");
        }
        return state.liaisonPoints().contains(station) ? Optional.empty()
                : Optional.of(Refusal.becauseOf("stationId", "站点「" + station.value() + "」不是本草案的征求意见联系点"));
    }

    /** Whether the duplicates may be merged into {@code into}: all exist, none merged or the same as it. */
    public static Optional<Refusal> checkMerge(LegislativeDraftState state, List<Integer> duplicates, int into) {
        Optional<Refusal> refusal = check(state, LegislativeDraftAction.MERGE_OPINIONS);
        if (refusal.isPresent()) {
            return refusal;
        }
        Optional<Refusal> target = mustBeActive(state, "intoNumber", into);
        if (target.isPresent()) {
            return target;
        }
        Set<Integer> seen = new HashSet<>();
        for (int number : duplicates) {
            if (number == into) {
                return Optional.of(Refusal.becauseOf("duplicateNumbers", "第" + number + "条意见不能并入其自身"));
            }
            if (!seen.add(number)) {
                return Optional.of(Refusal.becauseOf("duplicateNumbers", "第" + number + "条意见重复列出"));
            }
            Optional<Refusal> duplicate = mustBeActive(state, "duplicateNumbers", number);
            if (duplicate.isPresent()) {
                return duplicate;
            }
        }
        return Optional.empty();
    }

    /** Whether these opinions may be forwarded: each exists and was not merged into another. */
    public static Optional<Refusal> checkForward(LegislativeDraftState state, List<Integer> numbers) {
        Optional<Refusal> refusal = check(state, LegislativeDraftAction.FORWARD_OPINIONS);
        if (refusal.isPresent()) {
            return refusal;
        }
        Set<Integer> seen = new HashSet<>();
        for (int number : numbers) {
            if (!seen.add(number)) {
                return Optional.of(Refusal.becauseOf("opinionNumbers", "第" + number + "条意见重复列出"));
            }
            Optional<Refusal> opinion = mustBeActive(state, "opinionNumbers", number);
            if (opinion.isPresent()) {
                return opinion;
            }
        }
        return Optional.empty();
    }

    /** Whether these opinions may be recorded as adopted: each was forwarded. */
    public static Optional<Refusal> checkFeedback(LegislativeDraftState state, List<Integer> adopted) {
        Optional<Refusal> refusal = check(state, LegislativeDraftAction.RECORD_FEEDBACK);
        if (refusal.isPresent()) {
            return refusal;
        }
        Set<Integer> seen = new HashSet<>();
        for (int number : adopted) {
            if (!seen.add(number)) {
                return Optional.of(Refusal.becauseOf("adoptedNumbers", "第" + number + "条意见重复列出"));
            }
            if (state.opinion(number).filter(Opinion::forwarded).isEmpty()) {
                return Optional.of(Refusal.becauseOf("adoptedNumbers", "第" + number + "条意见未报送，不能登记为采纳"));
            }
        }
        return Optional.empty();
    }

    /**
     * The closing deadline scheduled for {@code closesAt} passed: the round closes unless a clerk closed it
     * already (deadlines are never cancelled).
     */
    public static boolean closesAt(LegislativeDraftState state, Instant closesAt) {
        return state.status() == OPEN && closesAt.equals(state.closesAt());
    }

    /** The statuses in which {@code action} may be taken (the rules beyond the status aside). */
    public static Set<LegislativeDraftStatus> statusesAllowing(LegislativeDraftAction action) {
        return switch (action) {
            case COLLECT_OPINION, CLOSE_COMMENT -> EnumSet.of(OPEN);
            case MERGE_OPINIONS -> EnumSet.of(OPEN, CLOSED);
            case FORWARD_OPINIONS -> EnumSet.of(CLOSED);
            case RECORD_FEEDBACK -> EnumSet.of(FORWARDED);
        };
    }

    /** The opinions that stand on their own: not merged into another. */
    public static List<Opinion> active(LegislativeDraftState state) {
        return state.opinions().stream().filter(opinion -> !opinion.merged()).toList();
    }

    private static Optional<Refusal> mustBeActive(LegislativeDraftState state, String field, int number) {
        Optional<Opinion> opinion = state.opinion(number);
        if (opinion.isEmpty()) {
            return Optional.of(Refusal.becauseOf(field, "没有第" + number + "条意见"));
        }
        if (opinion.get().merged()) {
            return Optional.of(Refusal.becauseOf(field,
                    "第" + number + "条意见已并入第" + opinion.get().mergedInto() + "条"));
        }
        return Optional.empty();
    }

    private static List<Opinion> change(LegislativeDraftState state, List<Integer> numbers,
                                        UnaryOperator<Opinion> step) {
        List<Opinion> opinions = new ArrayList<>(state.opinions());
        for (int number : numbers) {
            opinions.set(number - 1, step.apply(opinions.get(number - 1)));
        }
        return opinions;
    }

    private static Optional<Refusal> because(String reason) {
        return Optional.of(Refusal.because(reason));
    }

    private static String label(LegislativeDraftState state) {
        return state.status() == null ? "未发布" : state.status().label();
    }
}
