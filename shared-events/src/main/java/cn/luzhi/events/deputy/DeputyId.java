package cn.luzhi.events.deputy;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a people's deputy (人大代表). */
public record DeputyId(@JsonValue String value) {

    public DeputyId {
        Ids.requireValid(value, "代表");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeputyId of(String value) {
        return new DeputyId(value);
    }

    public static DeputyId generate() {
        return new DeputyId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
