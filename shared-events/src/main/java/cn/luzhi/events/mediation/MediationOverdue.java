package cn.luzhi.events.mediation;

import cn.luzhi.events.deputy.DeputyId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The mediation period passed with the case still open; raised by the system, not by a person.
 * {@code mediatorIds} are the mediators assigned at that moment (empty when nobody was ever assigned).
 */
@Revision("1")
public record MediationOverdue(MediationCaseId mediationCaseId, Instant mediationDueAt, List<DeputyId> mediatorIds) {
}
