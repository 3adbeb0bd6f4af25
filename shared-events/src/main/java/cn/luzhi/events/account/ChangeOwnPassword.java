package cn.luzhi.events.account;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The holder records that they chose a new password (the old one was checked first). The password itself never
 * travels in a message: only the login table holds its hash.
 *
 * @param reason why, for the trail: the holder's own change, or the change a one-time password requires
 */
public record ChangeOwnPassword(@TargetAggregateIdentifier @NotNull AccountId accountId, String reason)
        implements Reasoned {
}
