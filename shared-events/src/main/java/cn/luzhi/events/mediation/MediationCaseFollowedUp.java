package cn.luzhi.events.mediation;

import cn.luzhi.events.common.Satisfaction;
import org.axonframework.serialization.Revision;

/** The parties were visited after mediation ended; {@code satisfaction} is null when they gave no rating. */
@Revision("1")
public record MediationCaseFollowedUp(MediationCaseId mediationCaseId, String note, Satisfaction satisfaction) {
}
