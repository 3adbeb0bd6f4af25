package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a ballot on livelihood projects (民生实事项目票决). */
public record BallotId(@JsonValue String value) {

    public BallotId {
        Ids.requireValid(value, "票决");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BallotId of(String value) {
        return new BallotId(value);
    }

    public static BallotId generate() {
        return new BallotId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
