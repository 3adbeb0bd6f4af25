package cn.luzhi.events.reception;

import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionId;
import org.axonframework.serialization.Revision;

/** An issue of the reception became the petition {@code petitionId}, which names the reception in turn. */
@Revision("1")
public record ReceptionIssueTurnedIntoPetition(ReceptionId receptionId, int issueNumber, PetitionId petitionId,
                                               DeputyId deputyId) {
}
