package cn.luzhi.events.petition;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PetitionDeadlineExtended(PetitionId petitionId, Instant previousDueAt, Instant replyDueAt,
                                       String reason) {
}
