package cn.luzhi.events.deputy;

import org.axonframework.serialization.Revision;

/** The deputy's term ended; the deputy leaves the station and the mediator pool with it. */
@Revision("1")
public record DeputyTermEnded(DeputyId deputyId, String reason) {
}
