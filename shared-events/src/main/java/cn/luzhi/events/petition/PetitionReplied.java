package cn.luzhi.events.petition;

import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/** One unit replied; {@code allUnitsReplied} tells whether this was the last reply outstanding. */
@Revision("1")
public record PetitionReplied(PetitionId petitionId, HandlingUnitId unitId, String reply,
                              boolean allUnitsReplied) {
}
