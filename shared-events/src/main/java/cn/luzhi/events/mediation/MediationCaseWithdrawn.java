package cn.luzhi.events.mediation;

import org.axonframework.serialization.Revision;

/** Mediation ended by withdrawal; final, and counted neither as settled nor as failed. */
@Revision("1")
public record MediationCaseWithdrawn(MediationCaseId mediationCaseId, String reason) {
}
