package cn.luzhi.events.legislation;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.StationId;
import org.axonframework.serialization.Revision;

/**
 * Opinion number {@code opinionNumber} (1, 2, ... within the draft) was collected at {@code stationId}. A deputy's
 * opinion names the deputy; a citizen's carries only a reference into the personal-data vault.
 */
@Revision("1")
public record OpinionCollected(
        LegislativeDraftId draftId,
        int opinionNumber,
        OpinionSource source,
        StationId stationId,
        DeputyId deputyId,
        PersonRef citizen,
        String article,
        String content) {
}
