package cn.luzhi.events.deputy;

import org.axonframework.serialization.Revision;

/** The deputy's mandate was terminated; the deputy leaves the station and the mediator pool with it. */
@Revision("1")
public record DeputyMandateTerminated(DeputyId deputyId, TerminationCause cause, String reason) {
}
