package cn.luzhi.events.ballot;

import static cn.luzhi.events.ballot.BallotStatus.CLOSED;
import static cn.luzhi.events.ballot.BallotStatus.COLLECTING;
import static cn.luzhi.events.ballot.BallotStatus.OPEN;
import static cn.luzhi.events.ballot.BallotStatus.PUBLISHED;
import static cn.luzhi.events.ballot.BallotStatus.SHORTLISTED;

import cn.luzhi.events.common.Lifecycles;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a ballot's lifecycle (民生实事项目票决): how each event changes its {@link BallotState}
 * ({@link #evolve}) and whether an action is allowed in a state, with the Chinese reason when it is not
 * ({@link #check}). The aggregate guards and evolves with it.
 *
 * <p>What a command says beyond its action is checked by the variants that take it ({@link #checkCollect},
 * {@link #checkShortlist}, {@link #checkOpen}, {@link #checkCheckIn}, {@link #checkPaper}); voting is also
 * judged against the clock ({@link #checkVoting}). Whether a paper code is genuine and whether a closing time
 * lies ahead are the aggregate's: they need its keys and compare a command with the clock.
 *
 * <p>A new transition is a new event record, a branch in {@link #evolve}, a rule in {@link #check} (and a
 * {@link BallotAction} with its label when it is a new act), the aggregate's handler and the route.
 */
public final class BallotLifecycle {

    private BallotLifecycle() {
    }

    /** The state after {@code event}; an event of another case type (a project's included) leaves it as it is. */
    public static BallotState evolve(BallotState state, Object event) {
        if (event instanceof BallotCreated created) {
            return new BallotState(COLLECTING, created.regionId(), created.year(), Map.of(), List.of(), 0, Set.of(),
                    Set.of(), Set.of(), Map.of(), 0, null);
        }
        if (event instanceof CandidateCollected collected) {
            Map<String, BallotState.Candidate> candidates = new LinkedHashMap<>(state.candidates());
            candidates.put(collected.candidateId(), new BallotState.Candidate(collected.candidateId(),
                    collected.title(), collected.estimatedBudget()));
            return new BallotState(state.status(), state.regionId(), state.year(), candidates, state.shortlist(),
                    state.maxChoices(), state.entitled(), state.checkedIn(), state.usedPapers(), state.votes(),
                    state.votesCast(), state.closesAt());
        }
        if (event instanceof CandidatesShortlisted shortlisted) {
            return new BallotState(SHORTLISTED, state.regionId(), state.year(), state.candidates(),
                    shortlisted.candidateIds(), state.maxChoices(), state.entitled(), state.checkedIn(),
                    state.usedPapers(), state.votes(), state.votesCast(), state.closesAt());
        }
        if (event instanceof BallotOpened opened) {
            Set<String> entitled = new HashSet<>();
            opened.entitledDeputies().forEach(deputy -> entitled.add(deputy.value()));
            return new BallotState(OPEN, state.regionId(), state.year(), state.candidates(), opened.candidateIds(),
                    opened.maxChoices(), entitled, state.checkedIn(), state.usedPapers(), state.votes(),
                    state.votesCast(), opened.closesAt());
        }
        if (event instanceof DeputyCheckedIn checkedIn) {
            Set<String> present = new HashSet<>(state.checkedIn());
            present.add(checkedIn.deputyId().value());
            return new BallotState(state.status(), state.regionId(), state.year(), state.candidates(),
                    state.shortlist(), state.maxChoices(), state.entitled(), present, state.usedPapers(),
                    state.votes(), state.votesCast(), state.closesAt());
        }
        if (event instanceof VoteCast vote) {
            Set<String> used = new HashSet<>(state.usedPapers());
            used.add(vote.paperHash());
            Map<String, Integer> votes = new LinkedHashMap<>(state.votes());
            vote.choices().forEach(choice -> votes.merge(choice, 1, Integer::sum));
            return new BallotState(state.status(), state.regionId(), state.year(), state.candidates(),
                    state.shortlist(), state.maxChoices(), state.entitled(), state.checkedIn(), used, votes,
                    state.votesCast() + 1, state.closesAt());
        }
        if (event instanceof BallotClosed) {
            return state.withStatus(CLOSED);
        }
        if (event instanceof TallyPublished) {
            return state.withStatus(PUBLISHED);
        }
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static BallotState replay(Iterable<?> events) {
        return Lifecycles.replay(BallotState.NONE, BallotLifecycle::evolve, events);
    }

    /** Whether {@code action} is allowed in {@code state}: empty when it is, else why not. */
    public static Optional<Refusal> check(BallotState state, BallotAction action) {
        if (!statusesAllowing(action).contains(state.status())) {
            return because("票决当前状态为「" + label(state) + "」，不能" + action.label());
        }
        return Optional.empty();
    }

    /** The statuses in which {@code action} may be taken (the 待办 lists ask this, never list statuses). */
    public static Set<BallotStatus> statusesAllowing(BallotAction action) {
        return switch (action) {
            case COLLECT, SHORTLIST -> EnumSet.of(COLLECTING, SHORTLISTED);
            case OPEN -> EnumSet.of(SHORTLISTED);
            case CHECK_IN, VOTE, CLOSE -> EnumSet.of(OPEN);
            case PUBLISH -> EnumSet.of(CLOSED);
        };
    }

    /** Check-in and voting: open, and its closing time not yet passed even if the closing deadline has not fired. */
    public static Optional<Refusal> checkVoting(BallotState state, BallotAction action, Instant now) {
        Optional<Refusal> refusal = check(state, action);
        if (refusal.isPresent()) {
            return refusal;
        }
        return now.isBefore(state.closesAt()) ? Optional.empty() : because("投票时间已截止，不能" + action.label());
    }

    /** Whether a candidate may be collected under {@code candidateId}: an id not used yet. */
    public static Optional<Refusal> checkCollect(BallotState state, String candidateId) {
        Optional<Refusal> refusal = check(state, BallotAction.COLLECT);
        if (refusal.isPresent()) {
            return refusal;
        }
        return state.candidates().containsKey(candidateId)
                ? field("candidateId", "候选项目编号「" + candidateId + "」已被使用") : Optional.empty();
    }

    /** Whether {@code candidateIds} may be the shortlist: collected candidates, each once. */
    public static Optional<Refusal> checkShortlist(BallotState state, List<String> candidateIds) {
        Optional<Refusal> refusal = check(state, BallotAction.SHORTLIST);
        if (refusal.isPresent()) {
            return refusal;
        }
        Set<String> seen = new HashSet<>();
        for (String candidateId : candidateIds) {
            if (!state.candidates().containsKey(candidateId)) {
                return field("candidateIds", "候选项目「" + candidateId + "」未经征集，不能列入初定名单");
            }
            if (!seen.add(candidateId)) {
                return field("candidateIds", "候选项目「" + candidateId + "」在初定名单中重复");
            }
        }
        return Optional.empty();
    }

    /** Whether the ballot may open letting each paper choose {@code maxChoices} of the shortlist. */
    public static Optional<Refusal> checkOpen(BallotState state, int maxChoices) {
        Optional<Refusal> refusal = check(state, BallotAction.OPEN);
        if (refusal.isPresent()) {
            return refusal;
        }
        int shortlisted = state.shortlist().size();
        return maxChoices < 1 || maxChoices > shortlisted ? field("maxChoices", "每位代表最多可选项数须在1至"
                + shortlisted + "之间（初定候选项目共" + shortlisted + "个）") : Optional.empty();
    }

    /** Whether {@code deputy} may check in now: entitled, and not checked in before. */
    public static Optional<Refusal> checkCheckIn(BallotState state, DeputyId deputy, Instant now) {
        Optional<Refusal> refusal = checkVoting(state, BallotAction.CHECK_IN, now);
        if (refusal.isPresent()) {
            return refusal;
        }
        String id = deputy.value();
        if (!state.entitled().contains(id)) {
            return field("deputyId", "代表「" + id + "」不在本次票决的表决代表名单中，不能签到");
        }
        return state.checkedIn().contains(id) ? because("代表「" + id + "」已签到并领取过选票，不能重复签到")
                : Optional.empty();
    }

    /**
     * Whether the genuine paper {@code paperHash} may be cast with {@code choices} (after {@link #checkVoting}):
     * not cast before, no more papers than deputies present, and choices that are on this ballot, each once.
     */
    public static Optional<Refusal> checkPaper(BallotState state, String paperHash, List<String> choices) {
        if (state.usedPapers().contains(paperHash)) {
            return because("这张选票已经投出，不能重复投票");
        }
        // Every genuine paper comes from a check-in, so this never refuses one; it caps the harm of a leaked key.
        if (state.votesCast() >= state.checkedIn().size()) {
            return because("已投票数已达签到人数（" + state.checkedIn().size() + "人），不能再投票");
        }
        if (choices.size() > state.maxChoices()) {
            return field("choices", "每张选票最多选择" + state.maxChoices() + "个候选项目，这张选了" + choices.size() + "个");
        }
        Set<String> seen = new HashSet<>();
        for (String choice : choices) {
            if (!state.candidates().containsKey(choice)) {
                return field("choices", "候选项目「" + choice + "」不存在");
            }
            if (!state.shortlist().contains(choice)) {
                return field("choices", "候选项目「" + choice + "」未列入本次票决");
            }
            if (!seen.add(choice)) {
                return field("choices", "同一张选票不能重复选择候选项目「" + choice + "」");
            }
        }
        return Optional.empty();
    }

    /** The closing time {@code closesAt} passed: the ballot closes unless it is closed already. */
    public static boolean isClosingAt(BallotState state, Instant closesAt) {
        return state.status() == OPEN && closesAt.equals(state.closesAt());
    }

    private static Optional<Refusal> because(String reason) {
        return Optional.of(Refusal.because(reason));
    }

    private static Optional<Refusal> field(String field, String reason) {
        return Optional.of(Refusal.becauseOf(field, reason));
    }

    private static String label(BallotState state) {
        return state.status() == null ? "未创建" : state.status().label();
    }
}
