package cn.luzhi.events.petition;

import cn.luzhi.events.deputy.DeputyId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PetitionAccepted(PetitionId petitionId, DeputyId deputyId, String comment) {
}
