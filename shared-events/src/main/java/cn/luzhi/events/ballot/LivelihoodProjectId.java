package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an approved livelihood project (民生实事项目). */
public record LivelihoodProjectId(@JsonValue String value) {

    public LivelihoodProjectId {
        Ids.requireValid(value, "民生实事项目");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LivelihoodProjectId of(String value) {
        return new LivelihoodProjectId(value);
    }

    public static LivelihoodProjectId generate() {
        return new LivelihoodProjectId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
