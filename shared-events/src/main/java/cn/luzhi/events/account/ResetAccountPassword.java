package cn.luzhi.events.account;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator replaces a forgotten or exposed password with a one-time password, shown once in the answer; the holder must choose a new one at the next login. */
public record ResetAccountPassword(
        @TargetAggregateIdentifier @NotNull AccountId accountId,
        @NotBlank @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
