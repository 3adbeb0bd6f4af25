package cn.luzhi.events.deputy;

import org.axonframework.serialization.Revision;

/** The deputy is no longer assigned new disputes to mediate. */
@Revision("1")
public record DeputyRemovedFromMediatorPool(DeputyId deputyId, String reason) {
}
