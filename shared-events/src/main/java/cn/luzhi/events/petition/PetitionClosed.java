package cn.luzhi.events.petition;

import cn.luzhi.events.common.Satisfaction;
import org.axonframework.serialization.Revision;

/** Closed; {@code satisfaction} is the petitioner's last rating, or null when they gave none. */
@Revision("1")
public record PetitionClosed(PetitionId petitionId, Satisfaction satisfaction, String comment) {
}
