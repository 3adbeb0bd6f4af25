package cn.luzhi.events.account;

import org.axonframework.serialization.Revision;

/**
 * The password was replaced by a one-time password; the holder must choose a new one at the next login. Neither
 * password nor hash is in the event: the store is read by auditors, the password only by its holder.
 */
@Revision("1")
public record AccountPasswordReset(AccountId accountId, boolean changeRequired) {
}
