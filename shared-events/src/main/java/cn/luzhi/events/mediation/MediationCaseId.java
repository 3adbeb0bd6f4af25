package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a pre-litigation mediation case (诉前调解案件). */
public record MediationCaseId(@JsonValue String value) {

    public MediationCaseId {
        Ids.requireValid(value, "调解案件");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MediationCaseId of(String value) {
        return new MediationCaseId(value);
    }

    public static MediationCaseId generate() {
        return new MediationCaseId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
