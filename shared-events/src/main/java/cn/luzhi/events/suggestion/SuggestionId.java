package cn.luzhi.events.suggestion;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a deputy's suggestion or bill (代表建议/议案). */
public record SuggestionId(@JsonValue String value) {

    public SuggestionId {
        Ids.requireValid(value, "建议");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SuggestionId of(String value) {
        return new SuggestionId(value);
    }

    public static SuggestionId generate() {
        return new SuggestionId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
