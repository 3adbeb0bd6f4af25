package cn.luzhi.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Reference to a citizen's or a party's personal data held in the personal-data vault. Events carry this
 * reference, never the name, phone number or ID number themselves, so that forgetting a person leaves
 * every event intact.
 */
public record PersonRef(@JsonValue String value) {

    public PersonRef {
        Ids.requireValid(value, "个人信息");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonRef of(String value) {
        return new PersonRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
