package cn.luzhi.events.ballot;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The project's plan is now these milestones, in this order. */
@Revision("1")
public record ProjectMilestonesPlanned(LivelihoodProjectId projectId, List<ProjectMilestone> milestones) {
}
