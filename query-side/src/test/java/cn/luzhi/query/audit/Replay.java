package cn.luzhi.query.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies events one by one through a fold, keeping the state after each step, as the history does. Public (and in
 * the test jar) for dashboard-ui's tests that hold the folds to the aggregates.
 */
public final class Replay {

    private final CaseFold fold;
    private final List<CaseState> states = new ArrayList<>();

    Replay(CaseFold fold) {
        this.fold = fold;
        states.add(fold.initial());
    }

    /** A replay through the petition history's fold. */
    public static Replay ofPetition() {
        return new Replay(new PetitionFold());
    }

    /** A replay through the suggestion history's fold. */
    public static Replay ofSuggestion() {
        return new Replay(new SuggestionFold());
    }

    /** A replay through the mediation case history's fold. */
    public static Replay ofMediationCase() {
        return new Replay(new MediationCaseFold());
    }

    /** A replay through the ballot history's fold. */
    public static Replay ofBallot() {
        return new Replay(new BallotFold());
    }

    /** Applies {@code event} and returns the state after it. */
    public CaseState then(Object event) {
        CaseState after = fold.apply(last(), event);
        states.add(after);
        return after;
    }

    public CaseState last() {
        return states.get(states.size() - 1);
    }

    /** The lifecycle state the fold keeps beside the shown fields after the last event; null before the first. */
    public <T> T lifecycle(Class<T> type) {
        return last().lifecycle(type, null);
    }

    /** What the last event changed. */
    List<CaseState.FieldChange> lastChanges() {
        return last().changesSince(states.get(states.size() - 2));
    }
}
