package cn.luzhi.events.account;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/** An account was opened with a one-time password; links the role does not use are null. */
@Revision("1")
public record AccountCreated(AccountId accountId, String displayName, ActorRole role, DeputyId deputyId,
                             HandlingUnitId unitId, RegionId regionId) {
}
