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

/**
 * An administrator opens an account; the holder logs in with a one-time password the answer shows once and must
 * choose their own at the first login. Which link the role needs is {@link AccountLink}; that the linked record
 * exists and is in use is checked like every other reference.
 */
public record CreateAccount(
        @TargetAggregateIdentifier @NotNull AccountId accountId,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull ActorRole role,
        DeputyId deputyId,
        HandlingUnitId unitId,
        RegionId regionId,
        @NotBlank @Size(max = 2000) String reason) implements Reasoned {
}
