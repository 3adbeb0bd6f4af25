package cn.luzhi.events.deputy;

import org.axonframework.serialization.Revision;

/** The deputy can now be assigned to mediate referred disputes. */
@Revision("1")
public record DeputyAddedToMediatorPool(DeputyId deputyId) {
}
