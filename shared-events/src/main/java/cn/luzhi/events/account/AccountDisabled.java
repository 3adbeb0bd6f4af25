package cn.luzhi.events.account;

import org.axonframework.serialization.Revision;

/** The account can no longer log in; its sessions were ended on every node. */
@Revision("1")
public record AccountDisabled(AccountId accountId, String reason) {
}
