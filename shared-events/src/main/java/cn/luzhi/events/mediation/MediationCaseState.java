package cn.luzhi.events.mediation;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.List;

/**
 * What the rules of a mediation case need to know, as {@link MediationCaseLifecycle#evolve} leaves it after each
 * event. The component names are also the mediation case aggregate's snapshot fields, so a snapshot written
 * before this record existed still loads (the components it lacks start empty).
 *
 * @param status              where the case stands; null before it was referred
 * @param courtId             the court that referred it
 * @param mediationDueAt      the end of the mediation period, as referred or extended
 * @param extensions          how often the period was extended
 * @param mediators           the deputies mediating it now, in the order they were assigned
 * @param sessionsHeld        how many mediation sessions were held
 * @param overdue             the period passed with the case open, and nothing has extended or ended it since
 * @param judiciallyConfirmed the settlement was judicially confirmed
 * @param followedUp          the parties were visited after mediation ended
 */
public record MediationCaseState(
        MediationCaseStatus status,
        HandlingUnitId courtId,
        Instant mediationDueAt,
        int extensions,
        List<DeputyId> mediators,
        int sessionsHeld,
        boolean overdue,
        boolean judiciallyConfirmed,
        boolean followedUp) {

    /** Before the first event. */
    public static final MediationCaseState NONE = new MediationCaseState(null, null, null, 0, List.of(), 0, false,
            false, false);

    public MediationCaseState {
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
    }

    public boolean exists() {
        return status != null;
    }

    MediationCaseState withStatus(MediationCaseStatus next) {
        return new MediationCaseState(next, courtId, mediationDueAt, extensions, mediators, sessionsHeld, overdue,
                judiciallyConfirmed, followedUp);
    }

    MediationCaseState withMediators(List<DeputyId> next) {
        return new MediationCaseState(status, courtId, mediationDueAt, extensions, next, sessionsHeld, overdue,
                judiciallyConfirmed, followedUp);
    }

    /** Ends mediation: nothing is awaited any more, so the case cannot be overdue. */
    MediationCaseState ended(MediationCaseStatus terminal) {
        return new MediationCaseState(terminal, courtId, mediationDueAt, extensions, mediators, sessionsHeld, false,
                judiciallyConfirmed, followedUp);
    }
}
