package cn.luzhi.events.station;

import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.region.RegionTier;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A station opened; {@code qrToken} is what its printed QR code (家站码) links to. */
@Revision("1")
public record StationOpened(
        StationId stationId,
        String name,
        StationKind kind,
        StationSetting setting,
        RegionTier level,
        RegionId regionId,
        String address,
        LocalDate openedOn,
        String qrToken) {
}
