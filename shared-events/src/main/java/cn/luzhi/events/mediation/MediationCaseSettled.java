package cn.luzhi.events.mediation;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** The dispute was settled by agreement; final, and counted as a success. The amount has two decimals, or is null. */
@Revision("1")
public record MediationCaseSettled(MediationCaseId mediationCaseId, String agreement, BigDecimal settledAmount) {
}
