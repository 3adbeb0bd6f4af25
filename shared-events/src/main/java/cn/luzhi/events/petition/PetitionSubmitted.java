package cn.luzhi.events.petition;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import org.axonframework.serialization.Revision;

/** A petition was received. The petitioner is a reference into the personal-data vault. */
@Revision("1")
public record PetitionSubmitted(
        PetitionId petitionId,
        PetitionSource source,
        RegionId regionId,
        DeputyId deputyId,
        StationId stationId,
        PersonRef petitioner,
        String title,
        String content) {
}
