package cn.luzhi.query.audit;

import java.util.ArrayList;
import java.util.List;

/** Applies events one by one through a fold, keeping the state after each step, as the history does. */
final class Replay {

    private final CaseFold fold;
    private final List<CaseState> states = new ArrayList<>();

    Replay(CaseFold fold) {
        this.fold = fold;
        states.add(fold.initial());
    }

    /** Applies {@code event} and returns the state after it. */
    CaseState then(Object event) {
        CaseState after = fold.apply(last(), event);
        states.add(after);
        return after;
    }

    CaseState last() {
        return states.get(states.size() - 1);
    }

    /** What the last event changed. */
    List<CaseState.FieldChange> lastChanges() {
        return last().changesSince(states.get(states.size() - 2));
    }
}
