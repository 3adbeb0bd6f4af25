package cn.luzhi.events.reception;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.StationId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A reception was held; its issues are numbered from 1 in the order they are listed. */
@Revision("1")
public record ReceptionRecorded(ReceptionId receptionId, StationId stationId, Instant receivedAt,
                                List<DeputyId> deputyIds, int citizensReceived, List<ReceptionIssue> issues) {
}
