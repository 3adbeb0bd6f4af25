package cn.luzhi.events.account;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.Reasoned;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator gives the account another role, or links it to another deputy, unit or region. */
public record ChangeAccountRole(
        @TargetAggregateIdentifier @NotNull AccountId accountId,
        @NotNull ActorRole role,
        DeputyId deputyId,
        HandlingUnitId unitId,
        RegionId regionId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
