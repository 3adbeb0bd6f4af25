package cn.luzhi.events.account;

import org.axonframework.serialization.Revision;

/** The disabled account may log in again. */
@Revision("1")
public record AccountEnabled(AccountId accountId, String reason) {
}
