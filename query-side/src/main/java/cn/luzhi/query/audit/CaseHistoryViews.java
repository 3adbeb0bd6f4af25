package cn.luzhi.query.audit;

import cn.luzhi.query.audit.CaseState.FieldChange;
import cn.luzhi.query.audit.CaseState.FieldValue;
import java.time.Instant;
import java.util.List;

/** What the case history API answers. */
final class CaseHistoryViews {

    private CaseHistoryViews() {
    }

    /** Every event of a case in order, with what each one changed; {@code fields} lists the state's fields. */
    record CaseHistoryView(String caseId, String caseType, String caseTypeLabel, List<StateField> fields,
                           List<HistoryEntry> entries) {
    }

    /**
     * One event: where it stands, when, who did it and why, and what it changed.
     *
     * @param reason  the reason the person gave with the command (the event's metadata)
     * @param comment the event's own comment, note or reply, when it says something the reason does not
     */
    record HistoryEntry(long globalIndex, long sequenceNumber, String eventId, Instant at, String eventType,
                        String action, Actor actor, String reason, String comment, String commandId,
                        String correlationId, String causationId, List<FieldChange> changes) {
    }

    /** Who acted: the staff account (or the system), its name and role. */
    record Actor(String id, String name, String role, String roleLabel) {
    }

    /**
     * A case's state rebuilt from its first {@code eventsApplied} events; the last applied event's position and time
     * are null when none was (the case did not exist yet at that point).
     */
    record CaseStateView(String caseId, String caseType, String caseTypeLabel, List<FieldValue> state,
                         int eventsApplied, Long lastGlobalIndex, Long lastSequenceNumber, Instant lastAt) {
    }
}
