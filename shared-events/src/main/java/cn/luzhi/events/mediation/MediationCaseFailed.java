package cn.luzhi.events.mediation;

import org.axonframework.serialization.Revision;

/** Mediation failed and the dispute returned to litigation; final, and counted against the success rate. */
@Revision("1")
public record MediationCaseFailed(MediationCaseId mediationCaseId, String reason) {
}
