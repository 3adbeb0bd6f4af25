package cn.luzhi.events.mediation;

import org.axonframework.serialization.Revision;

/** The settlement was judicially confirmed by the court's ruling {@code rulingNumber}. */
@Revision("1")
public record SettlementJudiciallyConfirmed(MediationCaseId mediationCaseId, String rulingNumber) {
}
