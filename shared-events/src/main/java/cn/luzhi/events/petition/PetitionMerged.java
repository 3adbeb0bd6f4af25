package cn.luzhi.events.petition;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PetitionMerged(PetitionId petitionId, PetitionId intoPetitionId, String reason) {
}
