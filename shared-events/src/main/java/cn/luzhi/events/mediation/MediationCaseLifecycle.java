package cn.luzhi.events.mediation;

import static cn.luzhi.events.mediation.MediationCaseStatus.FAILED;
import static cn.luzhi.events.mediation.MediationCaseStatus.MEDIATING;
import static cn.luzhi.events.mediation.MediationCaseStatus.REFERRED;
import static cn.luzhi.events.mediation.MediationCaseStatus.SETTLED;
import static cn.luzhi.events.mediation.MediationCaseStatus.WITHDRAWN;

import cn.luzhi.events.common.Lifecycles;
import cn.luzhi.events.common.Refusal;
import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of a mediation case's lifecycle (诉前调解): how each event changes its
 * {@link MediationCaseState} ({@link #evolve}) and whether an action is allowed in a state, with the Chinese
 * reason when it is not ({@link #check}). The aggregate guards and evolves with it; the read model, the audit
 * history, the ownership rules and the demo ask it instead of working the status out themselves.
 *
 * <p>What a command says beyond its action is checked by the variants that take it ({@link #checkAssignment},
 * {@link #checkRelease}, {@link #checkSession}, {@link #checkExtension}). Whether a session's date is plausible
 * (not in the future, not before the referral) is the aggregate's: it compares the command with the clock and the
 * time the referral was recorded, which no event payload carries.
 *
 * <p>A new transition is a new event record, a branch in {@link #evolve}, a rule in {@link #check} (and a
 * {@link MediationCaseAction} with its label when it is a new act), the aggregate's handler and the route.
 */
public final class MediationCaseLifecycle {

    /**
     * The Supreme People's Court's rules on specially invited mediation (特邀调解) let the parties agree to extend
     * the 30-day period without saying how often; allowing it once keeps a dispute from being parked in
     * mediation while a party who wants a judgment waits to go to court.
     */
    public static final int MAX_EXTENSIONS = 1;

    private MediationCaseLifecycle() {
    }

    /** The state after {@code event}; an event of another case type leaves it as it is. */
    public static MediationCaseState evolve(MediationCaseState state, Object event) {
        if (event instanceof MediationCaseReferred referred) {
            return new MediationCaseState(REFERRED, referred.courtId(), referred.mediationDueAt(), 0, List.of(), 0,
                    false, false, false);
        }
        if (event instanceof MediatorsAssigned assigned) {
            List<DeputyId> mediators = new ArrayList<>(state.mediators());
            mediators.addAll(assigned.deputyIds());
            return state.withMediators(mediators).withStatus(MEDIATING);
        }
        if (event instanceof MediatorReleased released) {
            List<DeputyId> mediators = new ArrayList<>(state.mediators());
            mediators.remove(released.deputyId());
            return state.withMediators(mediators);
        }
        if (event instanceof MediationSessionHeld held) {
            return new MediationCaseState(state.status(), state.courtId(), state.mediationDueAt(), state.extensions(),
                    state.mediators(), held.sessionNumber(), state.overdue(), state.judiciallyConfirmed(),
                    state.followedUp());
        }
        if (event instanceof MediationPeriodExtended extended) {
            return new MediationCaseState(state.status(), state.courtId(), extended.mediationDueAt(),
                    state.extensions() + 1, state.mediators(), state.sessionsHeld(), false,
                    state.judiciallyConfirmed(), state.followedUp());
        }
        if (event instanceof MediationOverdue overdue) {
            return new MediationCaseState(state.status(), state.courtId(), overdue.mediationDueAt(),
                    state.extensions(), state.mediators(), state.sessionsHeld(), true, state.judiciallyConfirmed(),
                    state.followedUp());
        }
        if (event instanceof MediationCaseSettled) {
            return state.ended(SETTLED);
        }
        if (event instanceof MediationCaseFailed) {
            return state.ended(FAILED);
        }
        if (event instanceof MediationCaseWithdrawn) {
            return state.ended(WITHDRAWN);
        }
        if (event instanceof SettlementJudiciallyConfirmed) {
            return new MediationCaseState(state.status(), state.courtId(), state.mediationDueAt(), state.extensions(),
                    state.mediators(), state.sessionsHeld(), state.overdue(), true, state.followedUp());
        }
        if (event instanceof MediationCaseFollowedUp) {
            return new MediationCaseState(state.status(), state.courtId(), state.mediationDueAt(), state.extensions(),
                    state.mediators(), state.sessionsHeld(), state.overdue(), state.judiciallyConfirmed(), true);
        }
        return state;
    }

    /** The state after all of {@code events}, oldest first. */
    public static MediationCaseState replay(Iterable<?> events) {
        return Lifecycles.replay(MediationCaseState.NONE, MediationCaseLifecycle::evolve, events);
    }

    /** Whether {@code action} is allowed in {@code state}: empty when it is, else why not. */
    public static Optional<Refusal> check(MediationCaseState state, MediationCaseAction action) {
        Optional<Refusal> refusal = checkStatus(state, action);
        if (refusal.isPresent()) {
            return refusal;
        }
        return switch (action) {
            case RELEASE_MEDIATOR -> state.mediators().isEmpty()
                    ? because("本案尚未指派调解员，不能撤换调解员") : lastMediator(state);
            case RECORD_SESSION -> state.mediators().isEmpty()
                    ? because("本案尚未指派调解员，不能记录调解") : Optional.empty();
            case EXTEND -> state.extensions() >= MAX_EXTENSIONS
                    ? because("调解期限已延长过一次，不能再次延长") : Optional.empty();
            case SETTLE -> state.sessionsHeld() == 0
                    ? because("本案尚无调解记录，不能登记调解成功") : Optional.empty();
            case CONFIRM -> state.judiciallyConfirmed()
                    ? because("本案调解协议已经司法确认，不能重复确认") : Optional.empty();
            case FOLLOW_UP -> state.followedUp() ? because("本案已回访，不能重复回访") : Optional.empty();
            case ASSIGN_MEDIATORS, FAIL, WITHDRAW -> Optional.empty();
        };
    }

    /** Whether {@code deputies} may be assigned now: none of them may mediate the case already. */
    public static Optional<Refusal> checkAssignment(MediationCaseState state, List<DeputyId> deputies) {
        Optional<Refusal> refusal = check(state, MediationCaseAction.ASSIGN_MEDIATORS);
        if (refusal.isPresent()) {
            return refusal;
        }
        for (DeputyId deputy : new LinkedHashSet<>(deputies)) {
            if (state.mediators().contains(deputy)) {
                return Optional.of(Refusal.becauseOf("deputyIds",
                        "代表「" + deputy.value() + "」已是本案调解员，不能重复指派"));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code deputy} may be released now: a mediator of the case, and not its last one. */
    public static Optional<Refusal> checkRelease(MediationCaseState state, DeputyId deputy) {
        Optional<Refusal> refusal = checkStatus(state, MediationCaseAction.RELEASE_MEDIATOR);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!state.mediators().contains(deputy)) {
            return notAMediator("deputyId", deputy);
        }
        return lastMediator(state);
    }

    /** Whether {@code mediator} may record a session now: the case is mediated, and by them. */
    public static Optional<Refusal> checkSession(MediationCaseState state, DeputyId mediator) {
        Optional<Refusal> refusal = check(state, MediationCaseAction.RECORD_SESSION);
        if (refusal.isPresent()) {
            return refusal;
        }
        return state.mediators().contains(mediator) ? Optional.empty() : notAMediator("mediatorId", mediator);
    }

    /** An extension must be agreed while the period runs; a lapsed period is settled, failed or withdrawn. */
    public static Optional<Refusal> checkExtension(MediationCaseState state, Instant now) {
        Optional<Refusal> refusal = check(state, MediationCaseAction.EXTEND);
        if (refusal.isPresent()) {
            return refusal;
        }
        return now.isBefore(state.mediationDueAt()) ? Optional.empty() : because("调解期限已届满，不能再延长");
    }

    /**
     * A mediation deadline scheduled for {@code dueAt} has passed: overdue unless the case ended or the period was
     * extended since (deadlines are never cancelled).
     */
    public static boolean isOverdueAt(MediationCaseState state, Instant dueAt) {
        return state.exists() && !state.status().isTerminal() && dueAt.equals(state.mediationDueAt());
    }

    /**
     * Mediation itself (mediators, sessions, extensions, the outcome) needs an open case; the judicial
     * confirmation a settled one. Settled and withdrawn cases are visited, to see that the agreement is kept or
     * the dispute stays resolved; a failed case is a lawsuit before the court, where a mediator's visit would look
     * like pressure on the litigants.
     */
    private static Optional<Refusal> checkStatus(MediationCaseState state, MediationCaseAction action) {
        if (action == MediationCaseAction.FOLLOW_UP && state.status() == FAILED) {
            return because("调解不成的案件已转入诉讼，不再回访");
        }
        if (!statusesAllowing(action).contains(state.status())) {
            return because("调解案件当前状态为「" + label(state) + "」，不能" + action.label());
        }
        return Optional.empty();
    }

    /**
     * The statuses in which {@code action} may be taken (the rules beyond the status aside): what a list of cases
     * waiting for that action selects, so that no list keeps its own copy of the rule.
     */
    public static Set<MediationCaseStatus> statusesAllowing(MediationCaseAction action) {
        return switch (action) {
            case CONFIRM -> EnumSet.of(SETTLED);
            case FOLLOW_UP -> EnumSet.of(SETTLED, WITHDRAWN);
            case ASSIGN_MEDIATORS, RELEASE_MEDIATOR, RECORD_SESSION, EXTEND, SETTLE, FAIL, WITHDRAW -> open();
        };
    }

    /**
     * The statuses of a case no mediator works on yet: referred by the court and waiting for the clerk to assign
     * one ({@link #evolve} leaves {@code REFERRED} only when mediators are assigned, and the last one cannot be
     * released).
     */
    public static Set<MediationCaseStatus> awaitingMediators() {
        return EnumSet.of(REFERRED);
    }

    /** The last mediator cannot be released: assign the successor first, so the case is never left unattended. */
    private static Optional<Refusal> lastMediator(MediationCaseState state) {
        return state.mediators().size() == 1 ? because("本案只有这一名调解员，须先指派接替的调解员才能撤换")
                : Optional.empty();
    }

    private static Optional<Refusal> notAMediator(String field, DeputyId deputy) {
        return Optional.of(Refusal.becauseOf(field, "代表「" + deputy.value() + "」不是本案调解员"));
    }

    private static Optional<Refusal> because(String reason) {
        return Optional.of(Refusal.because(reason));
    }

    private static Set<MediationCaseStatus> open() {
        EnumSet<MediationCaseStatus> open = EnumSet.noneOf(MediationCaseStatus.class);
        for (MediationCaseStatus status : MediationCaseStatus.values()) {
            if (!status.isTerminal()) {
                open.add(status);
            }
        }
        return open;
    }

    private static String label(MediationCaseState state) {
        return state.status() == null ? "未委派" : state.status().label();
    }
}
