package cn.luzhi.events.petition;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import org.axonframework.serialization.Revision;

/**
 * A petition was received. The petitioner is a reference into the personal-data vault. Revision 2 added the 12345
 * ticket and the reception it was raised at; both are null in revision 1 events, which need no upcasting.
 */
@Revision("2")
public record PetitionSubmitted(
        PetitionId petitionId,
        PetitionSource source,
        RegionId regionId,
        DeputyId deputyId,
        StationId stationId,
        PersonRef petitioner,
        String title,
        String content,
        HotlineTicket hotlineTicket,
        ReceptionId receptionId) {

    /** A petition that is neither a 12345 ticket nor raised at a recorded reception. */
    public PetitionSubmitted(PetitionId petitionId, PetitionSource source, RegionId regionId, DeputyId deputyId,
            StationId stationId, PersonRef petitioner, String title, String content) {
        this(petitionId, source, regionId, deputyId, stationId, petitioner, title, content, null, null);
    }
}
