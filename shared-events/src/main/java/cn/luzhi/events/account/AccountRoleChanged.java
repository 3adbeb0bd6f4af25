package cn.luzhi.events.account;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/** The account's role or link changed from {@code previousRole} to {@code role} with the links given. */
@Revision("1")
public record AccountRoleChanged(AccountId accountId, ActorRole previousRole, ActorRole role, DeputyId deputyId,
                                 HandlingUnitId unitId, RegionId regionId) {
}
