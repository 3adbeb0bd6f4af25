package cn.luzhi.events.ballot;

import org.axonframework.serialization.Revision;

/** The project reached {@code percent} complete; {@code milestone} names the milestone reached, or is null. */
@Revision("1")
public record ProjectProgressRecorded(LivelihoodProjectId projectId, int percent, String note, String milestone) {
}
