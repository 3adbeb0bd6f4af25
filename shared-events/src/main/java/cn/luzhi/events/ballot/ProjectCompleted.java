package cn.luzhi.events.ballot;

import org.axonframework.serialization.Revision;

/** The project was completed and awaits its satisfaction rating. */
@Revision("1")
public record ProjectCompleted(LivelihoodProjectId projectId, String comment) {
}
