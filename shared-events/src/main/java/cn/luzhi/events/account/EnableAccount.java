package cn.luzhi.events.account;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator lets a disabled account log in again. */
public record EnableAccount(
        @TargetAggregateIdentifier @NotNull AccountId accountId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
