package cn.luzhi.events.unit;

import cn.luzhi.events.region.RegionId;
import org.axonframework.serialization.Revision;

/** A handling unit was registered and can be assigned cases. */
@Revision("1")
public record HandlingUnitRegistered(HandlingUnitId handlingUnitId, String name, HandlingUnitKind kind,
                                     RegionId regionId, String contactOffice) {
}
