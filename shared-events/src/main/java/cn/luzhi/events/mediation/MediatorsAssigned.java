package cn.luzhi.events.mediation;

import cn.luzhi.events.deputy.DeputyId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Deputies were assigned as mediators of the case; {@code deputyIds} holds only the newly assigned ones. */
@Revision("1")
public record MediatorsAssigned(MediationCaseId mediationCaseId, List<DeputyId> deputyIds, String comment) {
}
