package cn.luzhi.events.petition;

import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PetitionForwarded(PetitionId petitionId, List<HandlingUnitId> unitIds, Instant replyDueAt,
                                String comment) {
}
