package cn.luzhi.events.petition;

import cn.luzhi.events.common.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a citizen's petition (民意诉求). */
public record PetitionId(@JsonValue String value) {

    public PetitionId {
        Ids.requireValid(value, "诉求");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PetitionId of(String value) {
        return new PetitionId(value);
    }

    public static PetitionId generate() {
        return new PetitionId(Ids.newId());
    }

    /** Axon stores an aggregate's identifier as this string. */
    @Override
    public String toString() {
        return value;
    }
}
