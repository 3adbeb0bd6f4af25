package cn.luzhi.events.account;

import org.axonframework.serialization.Revision;

/** The lock that failed logins had put on the account name was lifted before it ran out. */
@Revision("1")
public record AccountLockoutReleased(AccountId accountId) {
}
