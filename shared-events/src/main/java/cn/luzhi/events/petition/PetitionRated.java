package cn.luzhi.events.petition;

import cn.luzhi.events.common.Satisfaction;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PetitionRated(PetitionId petitionId, Satisfaction satisfaction, String comment) {
}
