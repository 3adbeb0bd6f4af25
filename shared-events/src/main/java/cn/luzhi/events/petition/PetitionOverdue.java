package cn.luzhi.events.petition;

import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The reply deadline passed with replies outstanding; raised by the system, not by a person. */
@Revision("1")
public record PetitionOverdue(PetitionId petitionId, Instant replyDueAt, List<HandlingUnitId> unitsNotReplied) {
}
