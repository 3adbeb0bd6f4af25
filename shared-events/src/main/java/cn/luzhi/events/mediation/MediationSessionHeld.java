package cn.luzhi.events.mediation;

import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A mediation session took place; {@code sessionNumber} counts the case's sessions from 1. */
@Revision("1")
public record MediationSessionHeld(MediationCaseId mediationCaseId, int sessionNumber, DeputyId mediatorId,
                                   Instant heldAt, String place, String summary) {
}
