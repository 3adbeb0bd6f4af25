package cn.luzhi.query.audit;

import cn.luzhi.query.common.CaseType;
import java.util.List;

/**
 * How the events of one case type change its state, written out on the query side for the audit trail. It
 * follows what the command side's aggregate records, but shows what an auditor asks about (status, units,
 * deadlines, ratings, counts of urges and rounds) and never reads anything but the events.
 */
abstract class CaseFold {

    /** Every case type belongs to a region: it decides which supervisors and leaders may read the case. */
    static final StateField REGION = new StateField("regionId", "所属区域");

    private final CaseType caseType;
    private final Class<?> openingEvent;
    private final List<StateField> fields;

    /**
     * @param openingEvent the event that opens a case of this type: the first event of its stream
     * @param fields       the fields of the state, in the order they are shown
     */
    CaseFold(CaseType caseType, Class<?> openingEvent, List<StateField> fields) {
        this.caseType = caseType;
        this.openingEvent = openingEvent;
        this.fields = List.copyOf(fields);
    }

    /** The state after {@code event}; an event that changes nothing shown returns {@code state} itself. */
    abstract CaseState apply(CaseState state, Object event);

    final CaseType caseType() {
        return caseType;
    }

    final boolean opens(Object firstEvent) {
        return openingEvent.isInstance(firstEvent);
    }

    final List<StateField> fields() {
        return fields;
    }

    final CaseState initial() {
        return CaseState.empty(fields);
    }
}
