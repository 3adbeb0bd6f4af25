package cn.luzhi.events.mediation;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.unit.HandlingUnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A court refers a civil or commercial dispute to the deputies' mediation before filing it (委派诉前调解).
 * {@code amountInDispute} is in yuan and left out when the dispute is not about money.
 */
public record ReferMediationCase(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotNull HandlingUnitId courtId,
        @NotNull DisputeType disputeType,
        @NotNull RegionId regionId,
        @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PersonDetails> parties,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amountInDispute,
        @NotBlank @Size(max = 5000) String summary) {
}
