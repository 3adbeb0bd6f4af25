package cn.luzhi.events.region;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an administrative region; by convention its statutory division code (行政区划代码). */
public record RegionId(@JsonValue String value) {

    public RegionId {
        Ids.requireValid(value, "行政区划");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RegionId of(String value) {
        return new RegionId(value);
    }

    public static RegionId generate() {
        return new RegionId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
