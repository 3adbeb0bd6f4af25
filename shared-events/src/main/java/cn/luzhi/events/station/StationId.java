package cn.luzhi.events.station;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a deputies' station (代表之家/联络站/工作站). */
public record StationId(@JsonValue String value) {

    public StationId {
        Ids.requireValid(value, "代表之家站点");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StationId of(String value) {
        return new StationId(value);
    }

    public static StationId generate() {
        return new StationId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
