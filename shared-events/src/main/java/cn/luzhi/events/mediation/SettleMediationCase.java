package cn.luzhi.events.mediation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The parties reached a mediation agreement (调解成功). {@code settledAmount} is in yuan, left out when the
 * agreement involves no payment.
 */
public record SettleMediationCase(
        @TargetAggregateIdentifier @NotNull MediationCaseId mediationCaseId,
        @NotBlank @Size(max = 5000) String agreement,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal settledAmount,
        @TargetAggregateVersion Long expectedVersion) {
}
