package cn.luzhi.events.reception;

import static cn.luzhi.events.reception.ReceptionStatus.OPEN;
import static cn.luzhi.events.reception.ReceptionStatus.SETTLED;

import cn.luzhi.events.common.Lifecycles;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one definition of a reception's lifecycle (进家接待): how each event changes its {@link ReceptionState}
 * ({@link #evolve}) and whether an action is allowed, with the Chinese reason when it is not ({@link #check},
 * {@link #checkIssue}). A reception is open while one of its issues is neither answered nor turned into a petition;
 * each issue ends exactly once, so the figures count every issue under one outcome.
 */
public final class ReceptionLifecycle {

    private ReceptionLifecycle() {
    }

    /** The state after {@code event}; an event of another case type leaves it as it is. */
    public static ReceptionState evolve(ReceptionState state, Object event) {
        if (event instanceof ReceptionRecorded recorded) {
            List<ReceptionIssueState> issues = new ArrayList<>();
            for (int i = 0; i < recorded.issues().size(); i++) {
                issues.add(new ReceptionIssueState(i + 1, recorded.issues().get(i).answer(), null));
            }
            return withIssues(new ReceptionState(OPEN, recorded.stationId(), recorded.deputyIds(), List.of()),
                    issues);
        }
        if (event instanceof ReceptionIssueAnswered answered) {
            return changeIssue(state, answered.issueNumber(),
                    issue -> new ReceptionIssueState(issue.number(), answered.answer(), null));
        }
        if (event instanceof ReceptionIssueTurnedIntoPetition turned) {
            return changeIssue(state, turned.issueNumber(),
                    issue -> new ReceptionIssueState(issue.number(), null, turned.petitionId()));
        }
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static ReceptionState replay(Iterable<?> events) {
        return Lifecycles.replay(ReceptionState.NONE, ReceptionLifecycle::evolve, events);
    }

    /** Whether {@code action} is allowed in {@code state} for some issue: empty when it is, else why not. */
    public static Optional<Refusal> check(ReceptionState state, ReceptionAction action) {
        if (!statusesAllowing(action).contains(state.status())) {
            return Optional.of(Refusal.because("接待记录当前状态为「" + label(state) + "」，不能" + action.label()));
        }
        return Optional.empty();
    }

    /** Whether {@code action} is allowed for issue {@code issueNumber}: it exists and is still open. */
    public static Optional<Refusal> checkIssue(ReceptionState state, ReceptionAction action, int issueNumber) {
        Optional<Refusal> refusal = check(state, action);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (issueNumber < 1 || issueNumber > state.issues().size()) {
            return Optional.of(Refusal.becauseOf("issueNumber", "本次接待没有第" + issueNumber + "个问题"));
        }
        ReceptionIssueState issue = state.issues().get(issueNumber - 1);
        if (issue.petitionId() != null) {
            return Optional.of(Refusal.becauseOf("issueNumber", "第" + issueNumber + "个问题已转为诉求"));
        }
        if (issue.answer() != null) {
            return Optional.of(Refusal.becauseOf("issueNumber", "第" + issueNumber + "个问题已答复"));
        }
        return Optional.empty();
    }

    /** A petition is taken up by one of the deputies who received the citizen, who heard the issue. */
    public static Optional<Refusal> checkPetition(ReceptionState state, int issueNumber, DeputyId deputy) {
        Optional<Refusal> refusal = checkIssue(state, ReceptionAction.TURN_INTO_PETITION, issueNumber);
        if (refusal.isPresent()) {
            return refusal;
        }
        return state.deputies().contains(deputy) ? Optional.empty()
                : Optional.of(Refusal.becauseOf("deputyId", "代表「" + deputy.value() + "」未参加本次接待"));
    }

    /** The statuses in which {@code action} may be taken: both act on an open issue. */
    public static Set<ReceptionStatus> statusesAllowing(ReceptionAction action) {
        return switch (action) {
            case ANSWER_ISSUE, TURN_INTO_PETITION -> EnumSet.of(OPEN);
        };
    }

    private static ReceptionState changeIssue(ReceptionState state, int number,
                                              UnaryOperator<ReceptionIssueState> change) {
        List<ReceptionIssueState> issues = new ArrayList<>(state.issues());
        issues.set(number - 1, change.apply(issues.get(number - 1)));
        return withIssues(state, issues);
    }

    private static ReceptionState withIssues(ReceptionState state, List<ReceptionIssueState> issues) {
        boolean open = issues.stream().anyMatch(ReceptionIssueState::isOpen);
        return new ReceptionState(open ? OPEN : SETTLED, state.stationId(), state.deputies(), issues);
    }

    private static String label(ReceptionState state) {
        return state.status() == null ? "未登记" : state.status().label();
    }
}
