package cn.luzhi.events.mediation;

import cn.luzhi.events.deputy.DeputyId;
import org.axonframework.serialization.Revision;

/** A deputy no longer mediates the case. */
@Revision("1")
public record MediatorReleased(MediationCaseId mediationCaseId, DeputyId deputyId, String reason) {
}
