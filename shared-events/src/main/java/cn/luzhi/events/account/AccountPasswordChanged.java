package cn.luzhi.events.account;

import org.axonframework.serialization.Revision;

/** The holder chose a new password (neither it nor its hash is in the event). */
@Revision("1")
public record AccountPasswordChanged(AccountId accountId) {
}
