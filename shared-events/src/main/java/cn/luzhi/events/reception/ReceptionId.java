package cn.luzhi.events.reception;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one reception held at a station (进家接待). */
public record ReceptionId(@JsonValue String value) {

    public ReceptionId {
        Ids.requireValid(value, "接待记录");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReceptionId of(String value) {
        return new ReceptionId(value);
    }

    public static ReceptionId generate() {
        return new ReceptionId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
