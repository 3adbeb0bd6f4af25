package cn.luzhi.events.reception;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.StationId;
import java.util.List;

/**
 * What the rules of a reception need to know, as {@link ReceptionLifecycle#evolve} leaves it after each event.
 *
 * @param status    null before it was recorded
 * @param stationId where it was held
 * @param deputies  the deputies who received
 * @param issues    its issues, by number
 */
public record ReceptionState(ReceptionStatus status, StationId stationId, List<DeputyId> deputies,
                             List<ReceptionIssueState> issues) {

    /** Before the first event. */
    public static final ReceptionState NONE = new ReceptionState(null, null, List.of(), List.of());

    public ReceptionState {
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    public boolean exists() {
        return status != null;
    }

    public long openIssues() {
        return issues.stream().filter(ReceptionIssueState::isOpen).count();
    }
}
