package cn.luzhi.events.ballot;

import cn.luzhi.events.common.CaseAction;
import java.util.Optional;

/**
 * What someone can do to a livelihood project: one per command that acts on an approved project. The label is
 * the verb a refusal uses ("不能完工").
 */
public enum LivelihoodProjectAction implements CaseAction {
    PLAN_MILESTONES(PlanProjectMilestones.class, "制定里程碑计划"),
    RECORD_PROGRESS(RecordProjectProgress.class, "登记进度"),
    INSPECT(InspectProject.class, "视察"),
    COMPLETE(CompleteProject.class, "完工"),
    RATE(RateProject.class, "满意度测评");

    private final Class<? extends Record> command;
    private final String label;

    LivelihoodProjectAction(Class<? extends Record> command, String label) {
        this.command = command;
        this.label = label;
    }

    @Override
    public Class<? extends Record> command() {
        return command;
    }

    @Override
    public String label() {
        return label;
    }

    /** The action a command performs; empty for a command that does not act on a project. */
    public static Optional<LivelihoodProjectAction> of(Class<?> commandType) {
        return CaseAction.of(LivelihoodProjectAction.class, commandType);
    }
}
