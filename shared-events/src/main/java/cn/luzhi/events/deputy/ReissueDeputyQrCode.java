package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An administrator replaces the deputy's QR code (代表码), for instance after a printed card was misused. */
public record ReissueDeputyQrCode(
        @TargetAggregateIdentifier @NotNull DeputyId deputyId,
        @Size(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
