package cn.luzhi.events.mediation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The mediation period was extended from {@code previousDueAt} to {@code mediationDueAt}. */
@Revision("1")
public record MediationPeriodExtended(MediationCaseId mediationCaseId, Instant previousDueAt,
                                      Instant mediationDueAt, String reason) {
}
