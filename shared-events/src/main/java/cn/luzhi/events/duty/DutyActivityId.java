package cn.luzhi.events.duty;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a deputies' activity (履职活动): a sitting, an inspection, a survey, a training. */
public record DutyActivityId(@JsonValue String value) {

    public DutyActivityId {
        Ids.requireValid(value, "履职活动");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DutyActivityId of(String value) {
        return new DutyActivityId(value);
    }

    public static DutyActivityId generate() {
        return new DutyActivityId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
