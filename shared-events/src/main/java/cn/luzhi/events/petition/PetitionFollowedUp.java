package cn.luzhi.events.petition;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PetitionFollowedUp(PetitionId petitionId, String note) {
}
