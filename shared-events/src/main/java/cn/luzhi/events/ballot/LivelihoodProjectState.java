package cn.luzhi.events.ballot;

import java.util.List;

/**
 * What the rules of a livelihood project need to know, as {@link LivelihoodProjectLifecycle#evolve} leaves it
 * after each event. The component names are also the project aggregate's snapshot fields, so a snapshot written
 * before this record existed still loads.
 *
 * @param status            where the project stands; null before a ballot approved it
 * @param percent           how far it is, as last recorded
 * @param milestones        the names of the current plan's milestones, in plan order
 * @param milestonesReached the milestones reached so far, in the order they were reached
 */
public record LivelihoodProjectState(
        ProjectStatus status,
        int percent,
        List<String> milestones,
        List<String> milestonesReached) {

    /** Before the first event. */
    public static final LivelihoodProjectState NONE = new LivelihoodProjectState(null, 0, List.of(), List.of());

    public LivelihoodProjectState {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        milestonesReached = milestonesReached == null ? List.of() : List.copyOf(milestonesReached);
    }

    public boolean exists() {
        return status != null;
    }

    LivelihoodProjectState withStatus(ProjectStatus next) {
        return new LivelihoodProjectState(next, percent, milestones, milestonesReached);
    }
}
