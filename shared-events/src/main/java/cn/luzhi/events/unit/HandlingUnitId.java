package cn.luzhi.events.unit;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a handling unit (承办单位). */
public record HandlingUnitId(@JsonValue String value) {

    public HandlingUnitId {
        Ids.requireValid(value, "承办单位");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HandlingUnitId of(String value) {
        return new HandlingUnitId(value);
    }

    public static HandlingUnitId generate() {
        return new HandlingUnitId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
