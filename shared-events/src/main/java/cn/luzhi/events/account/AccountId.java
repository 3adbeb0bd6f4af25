package cn.luzhi.events.account;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a staff account (账号) by its login name. The name never changes, so the account's trail and the
 * events its holder caused ({@code actorId}) name it the same way.
 */
public record AccountId(@JsonValue String value) {

    public AccountId {
        Ids.requireValid(value, "账号");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
