package cn.luzhi.events.legislation;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a draft regulation opened for comment at the liaison points (基层立法联系点征求意见). */
public record LegislativeDraftId(@JsonValue String value) {

    public LegislativeDraftId {
        Ids.requireValid(value, "立法征求意见");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LegislativeDraftId of(String value) {
        return new LegislativeDraftId(value);
    }

    public static LegislativeDraftId generate() {
        return new LegislativeDraftId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
